/*
 * The ward's Tasklist script (loaded by config.js customScripts; no export, side effects only).
 *
 * 1. Camunda Forms in Vietnamese. Tasklist 7.24 renders Camunda Forms with form-js 1.8.7 (bundled in lib/deps.js,
 *    created as `new Form({container})`), whose validation messages and placeholders are English string literals with
 *    no translation module to override them: this script rewrites them in the rendered form (a MutationObserver on
 *    the page). Its date picker is flatpickr 4.6.13, which the bundle exposes as window.flatpickr: it gets Vietnamese
 *    month and day names, weeks from Monday. form-js takes the date order from the browser's locale
 *    (Intl.DateTimeFormat('default')); it is pinned to Vietnamese (DD/MM/YYYY) while the interface is Vietnamese.
 *    Dates a form's text shows from variables read DD/MM/YYYY.
 * 2. Task lists sorted by due date (earliest first) unless the person picks another order: Tasklist's own default
 *    is the creation date, newest first, and a filter's sorting does not override it.
 */
const EXACT = {
  'Field is required.': 'Trường này bắt buộc nhập.',
  'Field must be a valid email.': 'Phải là địa chỉ thư điện tử hợp lệ.',
  'Field must be a valid  international phone number. (e.g. +4930664040900)':
    'Phải là số điện thoại quốc tế hợp lệ (ví dụ +84912345678).',
  'Search': 'Tìm kiếm',
  'Select': 'Chọn',
  'No results': 'Không có kết quả',
  'Clear': 'Xoá',
  'Close': 'Đóng'
};

const PATTERNS = [
  [/^Field must match pattern (.*)\.$/, 'Giá trị không đúng mẫu $1.'],
  [/^Field must have minimum value of (.*)\.$/, 'Giá trị nhỏ nhất là $1.'],
  [/^Field must have maximum value of (.*)\.$/, 'Giá trị lớn nhất là $1.'],
  [/^Field must have minimum length of (.*)\.$/, 'Cần ít nhất $1 ký tự.'],
  [/^Field must have maximum length of (.*)\.$/, 'Tối đa $1 ký tự.'],
  [/^Please select a valid value, the two nearest valid values are (.*) and (.*)\.$/,
    'Chọn một giá trị hợp lệ; hai giá trị hợp lệ gần nhất là $1 và $2.']
];

/* A date the form's text shows from a variable ({{receivedDate}}) comes as the engine keeps it, 2026-11-27 or
   2026-12-12T23:59:59.000+0700: read as 27/11/2026 (with the hour when it is not the end or the start of the day). */
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b/g;

export function vietnameseDates(text) {
  return text.replace(ISO_DATE, (match, year, month, day, hour, minute) => {
    const time = hour === undefined || (hour === '00' && minute === '00') || (hour === '23' && minute === '59')
      ? '' : ' ' + hour + ':' + minute;
    return day + '/' + month + '/' + year + time;
  });
}

export function translate(text) {
  const trimmed = (text || '').trim();
  if (Object.prototype.hasOwnProperty.call(EXACT, trimmed)) {
    return EXACT[trimmed];
  }
  for (const [pattern, replacement] of PATTERNS) {
    if (pattern.test(trimmed)) {
      return trimmed.replace(pattern, replacement);
    }
  }
  return null;
}

function translateForm(root) {
  root.querySelectorAll('.fjs-form-field-error li, .fjs-form-field-error span, .fjs-select-display, '
    + '.fjs-dropdownlist-empty, .fjs-taglist-empty').forEach(element => {
    // the text node is changed in place: form-js (Preact) keeps its own node, and a replaced one comes back beside ours
    element.childNodes.forEach(node => {
      if (node.nodeType === Node.TEXT_NODE) {
        const translated = translate(node.nodeValue);
        if (translated) {
          node.nodeValue = translated;
        }
      }
    });
  });
  root.querySelectorAll('.fjs-form-field-text').forEach(element => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const readable = vietnameseDates(node.nodeValue);
      if (readable !== node.nodeValue) {
        node.nodeValue = readable;
      }
    }
  });
  root.querySelectorAll('.fjs-container input[placeholder], .fjs-container textarea[placeholder]').forEach(input => {
    const translated = translate(input.getAttribute('placeholder'));
    if (translated) {
      input.setAttribute('placeholder', translated);
    }
  });
}

const FLATPICKR_VI = {
  weekdays: {
    shorthand: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
    longhand: ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy']
  },
  months: {
    shorthand: ['Th1', 'Th2', 'Th3', 'Th4', 'Th5', 'Th6', 'Th7', 'Th8', 'Th9', 'Th10', 'Th11', 'Th12'],
    longhand: ['Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4', 'Tháng 5', 'Tháng 6', 'Tháng 7', 'Tháng 8', 'Tháng 9',
      'Tháng 10', 'Tháng 11', 'Tháng 12']
  },
  firstDayOfWeek: 1,
  rangeSeparator: ' đến ',
  weekAbbreviation: 'Tuần',
  scrollTitle: 'Cuộn để tăng',
  toggleTitle: 'Bấm để chuyển',
  time_24hr: true
};

function localiseDatePicker() {
  if (window.flatpickr && typeof window.flatpickr.localize === 'function') {
    window.flatpickr.localize(FLATPICKR_VI);
    return true;
  }
  return false;
}

/* form-js 1.8.7 reads the date order from new Intl.DateTimeFormat('default'): Vietnamese gives dd/mm/yyyy. */
function pinFormDatesToVietnamese() {
  const Original = Intl.DateTimeFormat;
  if (Original.__ward) {
    return;
  }
  const Pinned = function(locales, options) {
    return new Original(locales === 'default' ? 'vi-VN' : locales, options);
  };
  Pinned.prototype = Original.prototype;
  Pinned.supportedLocalesOf = Original.supportedLocalesOf;
  Pinned.__ward = true;
  Intl.DateTimeFormat = Pinned;
}

const DUE_DATE_FIRST = [{sortBy: 'dueDate', sortOrder: 'asc'}];
const CHOSEN = 'ward-tasklist-sorting-chosen';

/* Tasklist writes its default, "created, newest first", into the address when there is none: replaced by the due date
   until the person picks an order in the list's header (remembered for the browser session). */
function sortByDueDateUnlessChosen() {
  const hash = window.location.hash || '';
  const query = hash.indexOf('?');
  if (!hash.startsWith('#/') || query < 0 || sessionStorage.getItem(CHOSEN)) {
    return;
  }
  const params = new URLSearchParams(hash.substring(query + 1));
  if (!params.has('filter')) {
    return;
  }
  let sorting = [];
  try {
    sorting = JSON.parse(params.get('sorting') || '[]');
  } catch (e) {
    return;
  }
  const tasklistDefault = sorting.length === 1 && sorting[0].sortBy === 'created' && sorting[0].sortOrder === 'desc';
  if (sorting.length === 0 || tasklistDefault) {
    params.set('sorting', JSON.stringify(DUE_DATE_FIRST));
    window.location.replace(window.location.pathname + window.location.search + hash.substring(0, query + 1)
      + params.toString());
  }
}

document.addEventListener('click', event => {
  if (event.target && event.target.closest && event.target.closest('.sorting-choice, .new-sort')) {
    sessionStorage.setItem(CHOSEN, 'yes');
  }
}, true);

const chosenLocale = localStorage.getItem('camunda-locale');
if (chosenLocale !== 'en') {
  pinFormDatesToVietnamese();
  if (!localiseDatePicker()) {
    document.addEventListener('DOMContentLoaded', localiseDatePicker);
  }
  new MutationObserver(() => translateForm(document)).observe(document.documentElement,
    {childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['placeholder']});
}
window.addEventListener('hashchange', sortByDueDateUnlessChosen);
sortByDueDateUnlessChosen();
