import type { Messages } from './messages.js';

export const uz: Messages = {
  loading: 'Yuklanmoqda…',
  empty: 'Hozircha yangiliklar yoʻq.',
  retry: 'Qayta urinish',
  errors: {
    network: 'Yangiliklarni yuklab boʻlmadi. Internet aloqasini tekshiring.',
    timeout: 'Yangiliklar manbasi juda uzoq javob bermadi.',
    http: 'Yangiliklar manbasi hozir mavjud emas.',
    parse: 'Manba yangiliklar lentasi boʻlmagan maʼlumot yubordi.',
    config: 'Yangiliklar vidjeti notoʻgʻri sozlangan.',
  },
};
