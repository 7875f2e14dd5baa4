import { expect } from '@esm-bundle/chai';
import { beforeParsing } from '../../src/elements/news-article/before-parsing.js';

/** Every element and attribute an HTML parser reads in `html`, as `name[attribute,...]`. */
function parsed(html: string): string[] {
  const body = new DOMParser().parseFromString(`<body>${html}`, 'text/html').body;
  return [...body.querySelectorAll('*')].map(element => `${element.localName}[${[...element.attributes].map(attribute => attribute.name).join(',')}]`);
}

describe('beforeParsing', () => {
  it('takes out event handlers and style attributes, quoted, unquoted or bare, and leaves the rest as written', () => {
    expect(beforeParsing(`<p class="a" onclick="x()" style='color:red' title=t ONMOUSEOVER=y onfocus>Text</p>`)).to.equal('<p class="a"   title=t  >Text</p>');
  });

  it('reads a tag as HTML does: a ">" inside a quoted value does not end it', () => {
    const html = beforeParsing('<img alt="a > b" onerror="x()" src="https://p.example/a.jpg" width="640" height="480">');
    expect(parsed(html)).to.deep.equal(['img[alt,src,width,height]']);
  });

  it('takes out script and style elements with their content, whatever the case of their end tags, and one left open', () => {
    expect(beforeParsing('<p>a</p><script>x("</p>")</SCRIPT ><style>p{}</style><p>b</p><script>never closed')).to.equal('<p>a</p><p>b</p>');
  });

  it('leaves comments and raw text as they are: nothing in them is a tag', () => {
    const html = '<!-- <img src=x onerror=y> --><textarea><b onclick=x></textarea><title><i style=z></title><!--><p onclick=x>after</p>';
    expect(beforeParsing(html)).to.equal('<!-- <img src=x onerror=y> --><textarea><b onclick=x></textarea><title><i style=z></title><!--><p >after</p>');
  });

  it('takes out pictures no reader sees, and keeps the others', () => {
    const html = beforeParsing(
      '<img src="/pixel.gif"><img src="/a.png" width="1" height="1"><img src="/b.png" width="0"><img src="/c.png" hidden>' +
        '<img src="/d.png" style="display:none"><img src="/e.png" style="width: 0"><img src="https://stats.example/g.png">' +
        '<img src="/kept.jpg" width="640" height="480" style="border: 0">',
    );
    expect(html).to.equal('<img src="/kept.jpg" width="640" height="480" >');
  });

  it('never leaves a handler or style attribute for the parser, for the cheat sheets\' tricks', () => {
    for (const trick of [
      '<img/src/onerror=x()>',
      '<svg/onload=x()>',
      '<a href=x onclick="y()"style="z">a</a>',
      '<p\nonclick=x\tstyle=y\fonmouseover=z>p</p>',
      '<img src=x =onerror=y onerror=z>',
      '<div><p title="</div>" onclick=x>q</p></div>',
      '<IMG SRC=x ONERROR=y STYLE=z>',
    ]) {
      for (const element of parsed(beforeParsing(trick))) expect(element, trick).not.to.match(/[[,](on\w*|style)[\],]/);
    }
  });
});
