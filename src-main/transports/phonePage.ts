import type { ApiLocale } from '../contract/locale'
import { ageGroups } from '../contract/people'
import { phonePageText } from './phonePageText'
import { PHONE_PAGE_SCRIPT } from './phonePageScript'
import { PHONE_QUIZ_SCRIPT } from './phoneQuizScript'

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
}

/** System fonts only (phones have CJK fonts); body 20 px, every control at least 48 px tall. */
const PHONE_PAGE_STYLE = `
*{box-sizing:border-box}
body{margin:0;font:20px/1.5 system-ui,-apple-system,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#111;background:#f6f6f2}
main{max-width:34rem;margin:0 auto;padding:16px}
h1{font-size:26px;line-height:1.3;margin:8px 0 4px}
.lang{text-align:right;margin:0}
.lang a{display:inline-block;min-height:48px;min-width:48px;padding:10px 12px;color:#0b57d0;font-size:18px}
label,legend{display:block;font-weight:600;margin-top:18px}
input[type=text],input[type=tel]{display:block;width:100%;min-height:52px;font-size:22px;padding:8px 12px;border:2px solid #555;border-radius:8px;background:#fff}
input:focus-visible,button:focus-visible,.choice input:focus-visible+span{outline:3px solid #0b57d0;outline-offset:2px}
.hint{font-size:18px;color:#444;margin:4px 0 0}
fieldset{border:0;padding:0;margin:0}
legend{padding:0}
.choices{display:grid;grid-template-columns:1fr 1fr;gap:10px;margin-top:8px}
.choice{margin:0;font-weight:400}
.choice input{position:absolute;opacity:0;width:1px;height:1px}
.choice span{display:flex;align-items:center;justify-content:center;min-height:56px;border:2px solid #555;border-radius:8px;background:#fff;text-align:center;padding:4px}
.choice input:checked+span{background:#0b57d0;border-color:#0b57d0;color:#fff;font-weight:700}
.consent{display:flex;gap:12px;align-items:flex-start;margin-top:20px;font-weight:400}
.consent input{flex:none;width:32px;height:32px;margin:6px 0 0}
.consent label{margin:0;font-weight:400}
.error{color:#b3261e;font-weight:600;margin:4px 0 0;min-height:0}
.error:empty{display:none}
button{display:block;width:100%;min-height:60px;margin-top:24px;font-size:24px;font-weight:700;color:#fff;background:#0b57d0;border:0;border-radius:10px}
button:disabled{background:#666}
#done{text-align:center;padding-top:40px}
#done h2{font-size:32px;color:#146c2e}
#quiz{margin:12px 0 24px;padding:12px 14px;border:3px solid #0b57d0;border-radius:12px;background:#fff}
#quiz h2{font-size:24px;margin:0}
.asked{font-weight:700;margin:14px 0 4px}
button.option{margin-top:10px;min-height:56px;font-size:22px;font-weight:400;text-align:left;padding:8px 14px;color:#111;background:#fff;border:2px solid #555}
button.option:disabled{background:#fff;color:#333}
button.option.mine,button.option.mine:disabled{background:#0b57d0;border-color:#0b57d0;color:#fff;font-weight:700}
button.option.right{border:4px solid #146c2e}
.note{font-weight:700;color:#146c2e;margin:8px 0 0}
`

interface PhonePageInput {
  locale: ApiLocale
  nonce: string
  title: string
  checkInToday: boolean
}

function otherLanguageLink(locale: ApiLocale): string {
  const text = phonePageText[locale]
  return `<p class="lang"><a href="?lang=${locale === 'en' ? 'zh-CN' : 'en'}" lang="${locale === 'en' ? 'zh-CN' : 'en'}">${text.otherLanguage}</a></p>`
}

function shell(locale: ApiLocale, nonce: string, title: string, body: string, script = ''): string {
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="referrer" content="no-referrer"><title>${escapeHtml(title)}</title><style nonce="${nonce}">${PHONE_PAGE_STYLE}</style></head>
<body><main>${otherLanguageLink(locale)}${body}</main>${script}</body></html>`
}

/** The sign-up form for one session: its title and nothing about anyone. */
export function renderPhonePage({ locale, nonce, title, checkInToday }: PhonePageInput): string {
  const text = phonePageText[locale]
  const choices = ageGroups.map((group) => `<label class="choice"><input type="radio" name="ageGroup" value="${group}"><span>${text.ageGroups[group]}</span></label>`).join('')
  const texts = JSON.stringify(text).replace(/</g, '\\u003c')
  const body = `<h1>${escapeHtml(title)}</h1>
<section id="quiz" aria-live="polite" hidden></section>
<p id="lead">${checkInToday ? text.leadCheckIn : text.leadRegister}</p>
<form id="signup" novalidate>
<label for="name">${text.name}</label><input type="text" id="name" name="name" autocomplete="name" maxlength="50" aria-describedby="name-error"><p class="error" id="name-error" role="alert"></p>
<label for="phone">${text.phone}</label><input type="tel" id="phone" name="phone" inputmode="numeric" autocomplete="tel" maxlength="20" aria-describedby="phone-hint phone-error"><p class="hint" id="phone-hint">${text.phoneHint}</p><p class="error" id="phone-error" role="alert"></p>
<fieldset><legend>${text.ageGroup}</legend><div class="choices">${choices}</div></fieldset><p class="error" id="ageGroup-error" role="alert"></p>
<label for="neighbourhood">${text.neighbourhood}</label><input type="text" id="neighbourhood" name="neighbourhood" autocomplete="off" maxlength="50" aria-describedby="neighbourhood-error"><p class="error" id="neighbourhood-error" role="alert"></p>
<div class="consent"><input type="checkbox" id="consent" name="consent" aria-describedby="consent-error"><label for="consent">${text.consent}</label></div><p class="error" id="consent-error" role="alert"></p>
<p class="error" id="form-error" role="alert"></p>
<button type="submit" id="submit">${text.submit}</button>
</form>
<section id="done" hidden><h2 id="done-title" tabindex="-1"></h2><p id="done-text"></p></section>
<script type="application/json" id="texts">${texts}</script>`
  return shell(locale, nonce, title, body, `<script nonce="${nonce}">${PHONE_PAGE_SCRIPT}${PHONE_QUIZ_SCRIPT}</script>`)
}

/** What the link answers once sign-up is closed: a kind word, no form. */
export function renderEndedPage(locale: ApiLocale, nonce: string): string {
  const text = phonePageText[locale]
  return shell(locale, nonce, text.endedTitle, `<section id="ended"><h1>${text.endedTitle}</h1><p>${text.endedText}</p></section>`)
}
