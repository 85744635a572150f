/** Messages for phone sign-up: the worker's side and what a resident's phone shows. */
export const phoneSignupMessages = {
  'zh-CN': {
    phone_signup_closed: '签到已结束，没有保存任何内容。',
    phone_signup_no_network: '这台电脑没有连上任何局域网（Wi-Fi、热点或网线）。请先开启移动热点或连上 Wi-Fi，再打开手机扫码签到。',
    phone_signup_unknown_network: '这个网络地址不是本机的局域网地址，请从列表中选择。',
    phone_signup_session_done: '这场活动已举办或已取消，不能再打开手机扫码签到。',
    phone_signup_rate_limited: '提交太频繁了，请稍等一分钟再试。',
    phone_quiz_needs_signup: '先打开手机扫码签到，手机才能收到题目。',
    phone_quiz_bad_answer: '正确答案必须是其中一个选项。',
    'field.host': '网络',
    'field.token': '签到链接',
  },
  en: {
    phone_signup_closed: 'Sign-up has ended. Nothing was saved.',
    phone_signup_no_network:
      'This computer is not on any local network (Wi-Fi, hotspot or cable). Turn on a mobile hotspot or join a Wi-Fi network first, then open phone sign-up.',
    phone_signup_unknown_network: 'That address is not one of this computer’s local network addresses; choose one from the list.',
    phone_signup_session_done: 'This session is marked held or cancelled, so phone sign-up cannot be opened for it.',
    phone_signup_rate_limited: 'Too many sign-ups at once; please wait a minute and try again.',
    phone_quiz_needs_signup: 'Open phone sign-up first; phones receive questions through its link.',
    phone_quiz_bad_answer: 'The right answer must be one of the options.',
    'field.host': 'Network',
    'field.token': 'Sign-up link',
  },
}
