// What the staff pages share: making an element with its text (never markup) and saying where the page stands.
(function () {
  'use strict';

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    if (className) {
      node.className = className;
    }
    return node;
  }

  function say(text, isError) {
    var status = document.getElementById('status');
    status.textContent = text;
    status.className = isError ? 'status error' : 'status';
  }

  window.WardPage = {el: el, say: say};
}());
