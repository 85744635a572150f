/**
 * The phone page's quiz part, inline under the same nonce: polls the open round, draws A/B/C buttons
 * and sends one answer per question. The device id is random and lives in this browser only; the
 * server counts it once and never stores it. Plain ES2017, like the sign-up script.
 */
export const PHONE_QUIZ_SCRIPT = `
(function () {
  var text = JSON.parse(document.getElementById('texts').textContent);
  var box = document.getElementById('quiz');
  var base = location.pathname.replace(/\\/$/, '');
  var lang = document.documentElement.lang;
  var device = null;
  var chosen = {};
  var drawn = '';
  try { device = localStorage.getItem('quizDevice'); chosen = JSON.parse(localStorage.getItem('quizChosen') || '{}'); } catch (e) { chosen = {}; }
  if (!device) {
    var bytes = new Uint8Array(18);
    crypto.getRandomValues(bytes);
    device = Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
    try { localStorage.setItem('quizDevice', device); } catch (e) { /* private mode: counted for this visit only */ }
  }
  function add(parent, tag, content, className) {
    var node = document.createElement(tag);
    if (content) node.textContent = content;
    if (className) node.className = className;
    parent.appendChild(node);
    return node;
  }
  function letter(index) { return String.fromCharCode(65 + index); }
  function draw(round) {
    var key = JSON.stringify([round, chosen]);
    if (key === drawn) return;
    drawn = key;
    box.hidden = !round;
    box.textContent = '';
    if (!round) return;
    add(box, 'h2', text.quizTitle[round.phase]);
    add(box, 'p', text.quizHint, 'hint');
    round.questions.forEach(function (question, number) {
      var mine = chosen[round.roundId + ':' + question.slideId];
      var part = add(box, 'div', '', 'question');
      add(part, 'p', (round.questions.length > 1 ? (number + 1) + '. ' : '') + question.question, 'asked');
      question.options.forEach(function (option, index) {
        var classes = 'option' + (mine === index ? ' mine' : '') + (question.answer === index ? ' right' : '');
        var button = add(part, 'button', letter(index) + '. ' + option, classes);
        button.type = 'button';
        button.setAttribute('data-choice', String(index));
        button.disabled = mine !== undefined || round.revealed;
        button.addEventListener('click', function () { answer(round, question, index, button); });
      });
      var note = '';
      if (mine !== undefined) note = question.answer === null ? (round.phase === 'live' ? text.quizThanks : text.quizThanksRound) : (mine === question.answer ? text.quizRight : text.quizWrong);
      else if (question.answer !== null) note = text.quizAnswerIs + letter(question.answer);
      if (note) add(part, 'p', note, 'note').setAttribute('role', 'status');
    });
  }
  function answer(round, question, index, button) {
    button.disabled = true;
    fetch(base + '/answer', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': lang },
      body: JSON.stringify({ roundId: round.roundId, slideId: question.slideId, choice: index, deviceId: device }),
      credentials: 'omit'
    }).then(function (response) { return response.json(); }).then(function (result) {
      if (result.counted || result.already) {
        if (result.counted) chosen[round.roundId + ':' + question.slideId] = index;
        try { localStorage.setItem('quizChosen', JSON.stringify(chosen)); } catch (e) { /* kept in memory */ }
      }
      poll();
    }).catch(function () { button.disabled = false; });
  }
  function poll() {
    fetch(base + '/quiz?lang=' + lang, { credentials: 'omit', cache: 'no-store' }).then(function (response) {
      if (response.status === 410) { clearInterval(timer); location.reload(); return; }
      return response.json().then(function (result) { if (response.ok) draw(result.round); });
    }).catch(function () { /* the hall's network blinked; the next poll tries again */ });
  }
  var timer = setInterval(poll, 2000);
  poll();
})();
`
