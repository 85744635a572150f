/**
 * The phone page's only script, sent inline under the page's CSP nonce. Plain ES2017 so WeChat's
 * browser, Android Chrome and iOS Safari all run it; it reads its texts from the page's JSON block.
 */
export const PHONE_PAGE_SCRIPT = `
(function () {
  var text = JSON.parse(document.getElementById('texts').textContent);
  var form = document.getElementById('signup');
  var submit = document.getElementById('submit');
  var fields = ['name', 'phone', 'ageGroup', 'neighbourhood', 'consent'];
  function value(id) { return document.getElementById(id).value; }
  function showError(field, message) {
    var box = document.getElementById(field + '-error');
    box.textContent = message || '';
    var input = document.getElementById(field);
    if (input) input.setAttribute('aria-invalid', message ? 'true' : 'false');
  }
  function showDone(answer) {
    var key = answer.checkedIn ? (answer.already ? 'alreadyCheckedIn' : 'checkedIn') : (answer.already ? 'alreadyRegistered' : 'registered');
    document.getElementById('done-title').textContent = text[key];
    document.getElementById('done-text').textContent = text[key + 'Text'];
    form.hidden = true;
    document.getElementById('lead').hidden = true;
    document.getElementById('done').hidden = false;
    document.getElementById('done-title').focus();
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    fields.forEach(function (field) { showError(field, ''); });
    showError('form', '');
    var age = form.querySelector('input[name=ageGroup]:checked');
    var body = { name: value('name'), consent: document.getElementById('consent').checked };
    if (value('phone').trim()) body.phone = value('phone');
    if (age) body.ageGroup = age.value;
    if (value('neighbourhood').trim()) body.neighbourhood = value('neighbourhood');
    submit.disabled = true;
    submit.textContent = text.sending;
    fetch(location.pathname.replace(/\\/$/, '') + '/signup', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': document.documentElement.lang },
      body: JSON.stringify(body),
      credentials: 'omit'
    }).then(function (response) {
      return response.json().then(function (answer) {
        if (response.ok) return showDone(answer);
        var error = answer.error || {};
        var placed = false;
        Object.keys(error.fields || {}).forEach(function (field) {
          if (fields.indexOf(field) >= 0) { showError(field, error.fields[field]); placed = true; }
        });
        if (!placed) showError('form', error.message);
      });
    }).catch(function () {
      showError('form', text.network);
    }).then(function () {
      submit.disabled = false;
      submit.textContent = text.submit;
    });
  });
})();
`
