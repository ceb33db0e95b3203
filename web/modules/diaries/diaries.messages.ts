import { defineMessages } from '../../platform/i18n.tsx';

export const useDiaryMessages = defineMessages({
  'menu': { zh: '民情日记', en: 'Village diary' },
  'page.title': { zh: '民情日记', en: 'Village diary' },
  'page.subtitle': { zh: '记录村里的人和事、群众的想法和诉求', en: 'What happens in the village and what people need' },
  'page.notice': {
    zh: '民情日记由干部自主记录，有事则记，不要求每天填写，不统计篇数，不作排名或考核依据。',
    en: 'Cadres write when they have something to record. Nothing requires a daily entry, and entries are never counted, ranked or used for appraisal.',
  },
  'page.mine': { zh: '我的日记', en: 'My diary' },
  'page.month': { zh: '月份', en: 'Month' },
  'page.cadre': { zh: '按干部查看', en: 'By cadre' },
  'page.region': { zh: '全部地区', en: 'All regions' },
  'page.empty': { zh: '这个月还没有日记', en: 'No entries this month' },
  'page.emptyAll': { zh: '没有符合条件的日记', en: 'No entries match' },
  'form.title': { zh: '写日记', en: 'Write an entry' },
  'form.entryDate': { zh: '日期', en: 'Date' },
  'form.entryDateRequired': { zh: '请选择日期', en: 'Choose the date' },
  'form.entryDateHint': { zh: '可补记以前的日子，每天一篇', en: 'Earlier days may be caught up; one entry per day' },
  'form.content': { zh: '内容', en: 'Entry' },
  'form.contentPlaceholder': { zh: '今天走访了谁、听到了什么、还要做什么……', en: 'Whom you visited, what you heard, what remains to do…' },
  'form.submit': { zh: '保存日记', en: 'Save entry' },
  'form.created': { zh: '已保存 {day} 的日记', en: 'Saved the entry for {day}' },
  'form.noCadre': { zh: '账号未关联驻村干部，只能查阅日记', en: 'This account is linked to no cadre; it can only read entries' },
  'edit.title': { zh: '修改 {day} 的日记', en: 'Edit the entry for {day}' },
  'edit.save': { zh: '保存', en: 'Save' },
  'edit.cancel': { zh: '取消', en: 'Cancel' },
  'edit.saved': { zh: '已保存', en: 'Saved' },
  'entry.edit': { zh: '修改', en: 'Edit' },
});

export type DiaryMessageKey = Parameters<ReturnType<typeof useDiaryMessages>>[0];
