/*
 * PMO common front end, shared by every PMO page (web-resource pmo-common): a REST client, flags, dialogs, sortable
 * table headers and pickers over Jira's own user and issue pickers. Plain ES2019, no build step.
 *
 * Words come from Jira's jsI18n transformer: each I18n call with a literal key below is replaced by the translated
 * string when the file is served, so every key is written out in full (a computed key would not be translated).
 * Values from the server are put into the page with textContent, never as markup; the pickers' HTML fields
 * (html, keyHtml, summary) are ignored for that reason.
 */
(function (window, document) {
    'use strict';

    const STRINGS = {
        'pmo.common.dismiss': AJS.I18n.getText('pmo.common.dismiss'),
        'pmo.common.error.network': AJS.I18n.getText('pmo.common.error.network'),
        'pmo.common.error.login': AJS.I18n.getText('pmo.common.error.login'),
        'pmo.common.error.login.link': AJS.I18n.getText('pmo.common.error.login.link'),
        'pmo.common.error.forbidden': AJS.I18n.getText('pmo.common.error.forbidden'),
        'pmo.common.error.not.found': AJS.I18n.getText('pmo.common.error.not.found'),
        'pmo.common.error.server': AJS.I18n.getText('pmo.common.error.server'),
        'pmo.common.error.conflict': AJS.I18n.getText('pmo.common.error.conflict'),
        'pmo.common.picker.none': AJS.I18n.getText('pmo.common.picker.none'),
        'pmo.common.picker.results': AJS.I18n.getText('pmo.common.picker.results')
    };
    const FLASH_MS = 8000;
    const PICKER_DEBOUNCE_MS = 200;
    // Jira's pickers refuse longer queries; the page never sends one.
    const MAX_PICKER_QUERY = 255;
    const MUTATING = {POST: true, PUT: true, PATCH: true, DELETE: true};

    const PMO = window.PMO = window.PMO || {};

    /** The text of a key from a table built by AJS.I18n.getText calls, with {0}, {1}… filled in. */
    PMO.format = function (table, key) {
        let text = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : key;
        for (let i = 2; i < arguments.length; i++) {
            text = text.split('{' + (i - 2) + '}').join(String(arguments[i]));
        }
        return text;
    };

    function t(key) {
        return PMO.format.apply(null, [STRINGS].concat(Array.prototype.slice.call(arguments)));
    }

    function el(tag, className, text) {
        const node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (text !== undefined && text !== null) {
            node.textContent = String(text);
        }
        return node;
    }
    PMO.el = el;

    function hasAui(name) {
        return typeof window.AJS !== 'undefined' && window.AJS !== null && typeof window.AJS[name] === 'function';
    }

    /* ------------------------------------------------------------------ locale and timing */

    PMO.debounce = function (fn, wait) {
        let timer = null;
        const debounced = function () {
            const args = arguments;
            clearTimeout(timer);
            timer = setTimeout(function () {
                timer = null;
                fn.apply(null, args);
            }, wait);
        };
        debounced.cancel = function () {
            clearTimeout(timer);
            timer = null;
        };
        return debounced;
    };

    PMO.locale = function () {
        return document.documentElement.lang || undefined;
    };

    /**
     * The date pattern the page was given (Jira's "Day/Month/Year" look-and-feel format, a SimpleDateFormat pattern
     * such as dd/MMM/yy) from the first element with a data-pmo-date-format attribute; null when the page has none.
     */
    PMO.datePattern = function () {
        const holder = document.querySelector('[data-pmo-date-format]');
        const pattern = holder ? holder.getAttribute('data-pmo-date-format') : '';
        return pattern ? pattern : null;
    };

    function monthName(when, style) {
        try {
            return new Intl.DateTimeFormat(PMO.locale(), {month: style, timeZone: 'UTC'}).format(when);
        } catch (e) {
            return new Intl.DateTimeFormat('en', {month: style, timeZone: 'UTC'}).format(when);
        }
    }

    function dayName(when, style) {
        try {
            return new Intl.DateTimeFormat(PMO.locale(), {weekday: style, timeZone: 'UTC'}).format(when);
        } catch (e) {
            return new Intl.DateTimeFormat('en', {weekday: style, timeZone: 'UTC'}).format(when);
        }
    }

    /**
     * A calendar date in a SimpleDateFormat pattern, as Jira formats it: d, M, y and E in their usual lengths
     * (MMM a short month name, MMMM a full one, yy two digits), text in single quotes kept as written ('' is a
     * quote), every other letter left out rather than guessed. Names are in the page's language.
     */
    PMO.formatDatePattern = function (when, pattern) {
        const pad = function (n, width) {
            return String(n).padStart(width, '0');
        };
        let out = '';
        let i = 0;
        while (i < pattern.length) {
            const c = pattern.charAt(i);
            if (c === "'") {
                const close = pattern.indexOf("'", i + 1);
                const text = close < 0 ? pattern.substring(i + 1) : pattern.substring(i + 1, close);
                out += text === '' ? "'" : text;
                i = close < 0 ? pattern.length : close + 1;
                continue;
            }
            if (!/[A-Za-z]/.test(c)) {
                out += c;
                i++;
                continue;
            }
            let run = 1;
            while (pattern.charAt(i + run) === c) {
                run++;
            }
            const year = when.getUTCFullYear();
            switch (c) {
                case 'd':
                    out += pad(when.getUTCDate(), run);
                    break;
                case 'M':
                case 'L':
                    out += run >= 4 ? monthName(when, 'long') : run === 3 ? monthName(when, 'short')
                        : pad(when.getUTCMonth() + 1, run);
                    break;
                case 'y':
                case 'Y':
                case 'u':
                    out += run === 2 ? pad(year % 100, 2) : pad(year, run);
                    break;
                case 'E':
                    out += dayName(when, run >= 4 ? 'long' : 'short');
                    break;
                default:
                    // A time or zone letter has no meaning for a calendar date.
                    break;
            }
            i += run;
        }
        return out.trim();
    };

    /** An ISO date (yyyy-MM-dd) in the page's date pattern (see PMO.datePattern), else in the browser's style. */
    PMO.formatDate = function (isoDate) {
        const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate || '');
        if (!match) {
            return isoDate || '';
        }
        const when = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
        const pattern = PMO.datePattern();
        if (pattern) {
            return PMO.formatDatePattern(when, pattern);
        }
        try {
            return new Intl.DateTimeFormat(PMO.locale(), {
                year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC'
            }).format(when);
        } catch (e) {
            return isoDate;
        }
    };

    PMO.formatInstant = function (iso) {
        const when = new Date(iso);
        if (!iso || isNaN(when.getTime())) {
            return iso || '';
        }
        try {
            return new Intl.DateTimeFormat(PMO.locale(), {
                year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit'
            }).format(when);
        } catch (e) {
            return when.toISOString();
        }
    };

    /**
     * An amount in the page's language; with an ISO 4217 currency (optional) in that currency's style and digits
     * (EUR 1,500.00 as "€1,500.00" in English, "1.500,00 €" in German). Without one, a plain number with two decimals.
     */
    PMO.formatMoney = function (decimal, currency) {
        if (decimal === null || decimal === undefined || decimal === '') {
            return '';
        }
        const value = Number(decimal);
        if (!isFinite(value)) {
            return String(decimal);
        }
        if (typeof currency === 'string' && /^[A-Z]{3}$/.test(currency)) {
            try {
                return new Intl.NumberFormat(PMO.locale(), {style: 'currency', currency: currency}).format(value);
            } catch (e) {
                // An unknown code falls through to the plain number.
            }
        }
        try {
            return new Intl.NumberFormat(PMO.locale(), {minimumFractionDigits: 2, maximumFractionDigits: 2})
                .format(value);
        } catch (e) {
            return String(decimal);
        }
    };

    PMO.numberSeparators = function () {
        const separators = {group: ',', decimal: '.'};
        try {
            new Intl.NumberFormat(PMO.locale()).formatToParts(12345.6).forEach(function (part) {
                if (part.type === 'group' || part.type === 'decimal') {
                    separators[part.type] = part.value;
                }
            });
        } catch (e) {
            // An unknown locale keeps the defaults.
        }
        return separators;
    };

    /**
     * A decimal the server sent (a string, or a JSON number) rounded half up to {@code places} decimals, as text; null
     * when it sent none. Done on the digits, as the server rounds: 0.985 has no exact binary form, and
     * Number('0.985').toFixed(2) gives 0.98 where the server's 0.9850 means 0.99.
     */
    PMO.decimalHalfUp = function (value, places) {
        const match = /^(-?)([0-9]{1,15})(?:\.([0-9]{1,30}))?$/.exec(value === null || value === undefined
            ? '' : String(value));
        if (!match) {
            return null;
        }
        const decimals = (match[3] || '') + '0'.repeat(places + 1);
        let digits = (match[2] + decimals.slice(0, places)).replace(/^0+(?=[0-9])/, '');
        if (decimals.charAt(places) >= '5') {
            // Add one to the last kept digit, carrying as far as needed, on the digits themselves.
            const chars = digits.split('');
            let i = chars.length - 1;
            while (i >= 0 && chars[i] === '9') {
                chars[i] = '0';
                i--;
            }
            if (i < 0) {
                chars.unshift('1');
            } else {
                chars[i] = String(Number(chars[i]) + 1);
            }
            digits = chars.join('');
        }
        digits = digits.padStart(places + 1, '0');
        const whole = places === 0 ? digits : digits.slice(0, -places) + '.' + digits.slice(-places);
        return match[1] === '-' && /[1-9]/.test(digits) ? '-' + whole : whole;
    };

    PMO.escapeRegExp = function (text) {
        return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    };

    /**
     * A cost as the REST API reads it: digits, then optionally '.' and decimals. People may type it in their
     * locale (1.500,00 in German, 1,500.00 in English; groups of exactly three digits); what matches neither that
     * nor the API's own form is sent as typed, so the server says which form it expects instead of guessing.
     */
    PMO.canonicalMoney = function (text) {
        if (text === '') {
            return null;
        }
        const separators = PMO.numberSeparators();
        const group = /^\s$/.test(separators.group) ? '\\s' : PMO.escapeRegExp(separators.group);
        const localeForm = new RegExp('^(-?)(\\d{1,3}(?:' + group + '\\d{3})+|\\d+)(?:'
            + PMO.escapeRegExp(separators.decimal) + '(\\d+))?$').exec(text);
        if (localeForm) {
            const units = localeForm[2].replace(/\D/g, '');
            return localeForm[1] + units + (localeForm[3] === undefined ? '' : '.' + localeForm[3]);
        }
        return text;
    };

    /* ------------------------------------------------------------------ REST */

    function loginUrl(contextPath) {
        let here = window.location.pathname + window.location.search;
        if (contextPath && here.indexOf(contextPath) === 0) {
            here = here.substring(contextPath.length);
        }
        return (contextPath || '') + '/login.jsp?os_destination=' + encodeURIComponent(here);
    }

    /**
     * A sentence for a failed call in the documented error shape ({status, message, errors}), plus an optional
     * node (the log-in link) to show with it.
     */
    PMO.describeFailure = function (result, notFoundText, contextPath) {
        const serverMessage = result.data && typeof result.data.message === 'string' ? result.data.message : '';
        switch (result.status) {
            case 0:
                return {text: t('pmo.common.error.network')};
            case 401: {
                const link = el('a', null, t('pmo.common.error.login.link'));
                link.href = loginUrl(contextPath);
                return {text: t('pmo.common.error.login'), node: link, sticky: true};
            }
            case 403:
                return {text: t('pmo.common.error.forbidden'), detail: serverMessage};
            case 404:
                return {text: notFoundText || t('pmo.common.error.not.found')};
            case 409:
                return {text: t('pmo.common.error.conflict'), detail: serverMessage};
            default:
                if (result.status >= 500) {
                    return {text: t('pmo.common.error.server')};
                }
                return {text: serverMessage || t('pmo.common.error.server')};
        }
    };

    /**
     * Calls a REST resource and answers {ok, status, data, fieldErrors, current}. Mutating calls carry
     * X-Atlassian-Token: no-check (Jira's XSRF check). A 400 lists its fields in fieldErrors for the form to show;
     * a 409 carries the record as stored now in current. Unless options.flag is false, every failure but a 400
     * raises a flag: a 409 a warning (someone else saved first), the rest an error.
     *
     * options: contentType (default JSON), flag (true, false, or the statuses to flag), notFoundText, contextPath
 * (for the log-in link), signal (an AbortSignal: an aborted call answers {aborted: true} and raises no flag).
     */
    PMO.rest = function (method, url, body, options) {
        const opts = options || {};
        const headers = {Accept: 'application/json'};
        const init = {method: method, credentials: 'same-origin', headers: headers};
        if (MUTATING[method]) {
            headers['X-Atlassian-Token'] = 'no-check';
        }
        if (body !== undefined) {
            headers['Content-Type'] = opts.contentType || 'application/json';
            init.body = typeof body === 'string' ? body : JSON.stringify(body);
        }
        if (opts.signal) {
            init.signal = opts.signal;
        }
        function failed() {
            return {ok: false, status: 0, data: null, aborted: !!(opts.signal && opts.signal.aborted)};
        }
        return window.fetch(url, init).then(function (response) {
            return response.text().then(function (text) {
                let data = null;
                if (text) {
                    try {
                        data = JSON.parse(text);
                    } catch (e) {
                        data = null;
                    }
                }
                return {ok: response.ok, status: response.status, data: data};
            }, failed);
        }, failed).then(function (result) {
            if (result.aborted) {
                return result;
            }
            result.fieldErrors = result.status === 400 && result.data && Array.isArray(result.data.errors)
                ? result.data.errors : [];
            result.current = result.status === 409 && result.data ? result.data.current || null : null;
            const flagged = Array.isArray(opts.flag) ? opts.flag.indexOf(result.status) >= 0
                : opts.flag !== false && result.status !== 400;
            if (!result.ok && flagged) {
                const failure = PMO.describeFailure(result, opts.notFoundText, opts.contextPath);
                PMO.flag(result.status === 409 ? 'warning' : 'error', failure.text, failure);
            }
            return result;
        });
    };

    /* ------------------------------------------------------------------ flags */

    /**
     * Shows an AUI flag (type success, info, warning or error); extra.detail is a sentence and extra.node an
     * element (a link) shown under the title. Without AUI the message goes into #pmo-flash when the page has one.
     * Success and info close by themselves; warnings and errors stay until closed.
     */
    PMO.flag = function (type, title, extra) {
        const detail = extra && extra.detail;
        const node = extra && extra.node;
        if (hasAui('flag')) {
            const flag = window.AJS.flag({
                type: type,
                title: title,
                close: type === 'success' || type === 'info' ? 'auto' : 'manual'
            });
            const message = flag && flag.querySelector ? flag.querySelector('.aui-message') : null;
            if (message) {
                message.setAttribute('data-pmo-flag', type);
                if (detail || node) {
                    const body = el('p');
                    if (detail) {
                        body.appendChild(document.createTextNode(detail));
                    }
                    if (node) {
                        if (detail) {
                            body.appendChild(document.createTextNode(' '));
                        }
                        body.appendChild(node);
                    }
                    message.insertBefore(body, message.querySelector('.aui-close-button'));
                }
            }
            return flag;
        }
        const area = document.getElementById('pmo-flash');
        if (!area) {
            return null;
        }
        const box = el('div', 'aui-message aui-message-' + type);
        box.setAttribute('data-pmo-flag', type);
        box.appendChild(el('p', 'title')).appendChild(el('strong', null, title));
        if (detail || node) {
            const body = el('p');
            if (detail) {
                body.appendChild(document.createTextNode(detail + ' '));
            }
            if (node) {
                body.appendChild(node);
            }
            box.appendChild(body);
        }
        const dismiss = el('button', 'aui-button aui-button-link pmo-flash-dismiss', t('pmo.common.dismiss'));
        dismiss.type = 'button';
        dismiss.addEventListener('click', function () {
            box.remove();
        });
        box.appendChild(dismiss);
        while (area.firstChild) {
            area.removeChild(area.firstChild);
        }
        area.appendChild(box);
        if (type === 'success' || type === 'info') {
            setTimeout(function () {
                box.remove();
            }, FLASH_MS);
        }
        return box;
    };

    /* ------------------------------------------------------------------ dialogs */

    /** AUI dialog2 for a <section role="dialog"> when the host has AUI; without it a fixed overlay on a backdrop. */
    PMO.dialog = function (node) {
        const aui = hasAui('dialog2') ? window.AJS.dialog2(node) : null;
        return {
            aui: aui,
            show: function () {
                if (aui) {
                    aui.show();
                    return;
                }
                let backdrop = document.getElementById('pmo-dialog-backdrop');
                if (!backdrop) {
                    backdrop = el('div', 'pmo-dialog-backdrop');
                    backdrop.id = 'pmo-dialog-backdrop';
                    document.body.appendChild(backdrop);
                }
                backdrop.hidden = false;
                node.classList.add('pmo-dialog-fallback-open');
                node.hidden = false;
                node.setAttribute('open', '');
            },
            /**
             * Answers whether the dialog is hidden now; when AUI is still hiding it, AUI's hide event reports
             * the end instead.
             */
            hide: function () {
                if (aui) {
                    aui.hide();
                    // Answered here too in case AUI did not show it, and then sends no hide event.
                    return node.hidden || !node.hasAttribute('open');
                }
                node.hidden = true;
                node.removeAttribute('open');
                node.classList.remove('pmo-dialog-fallback-open');
                const backdrop = document.getElementById('pmo-dialog-backdrop');
                if (backdrop) {
                    backdrop.hidden = true;
                }
                return true;
            }
        };
    };

    /* ------------------------------------------------------------------ sortable table headers */

    /**
     * Makes each <th data-sort="name" data-order="asc|desc"> of the table a button that sorts by it: a click sorts
     * by that column in its natural order (data-order), a second click reverses it. aria-sort tells assistive
     * technology which column sorts the rows and how. The list API sorts; onSort(sort, order) asks for the list.
     * Answers {show(sort, order)} to mark the headers when the sort changes elsewhere (URL, drop-down).
     */
    PMO.sortableHeaders = function (table, onSort) {
        const headers = Array.prototype.slice.call(table.querySelectorAll('thead th[data-sort]'));
        let current = {sort: null, order: null};
        headers.forEach(function (th) {
            const button = el('button', 'pmo-sort-button');
            button.type = 'button';
            while (th.firstChild) {
                button.appendChild(th.firstChild);
            }
            button.appendChild(el('span', 'pmo-sort-indicator')).setAttribute('aria-hidden', 'true');
            th.appendChild(button);
            button.addEventListener('click', function () {
                const sort = th.getAttribute('data-sort');
                const natural = th.getAttribute('data-order') === 'asc' ? 'asc' : 'desc';
                const order = current.sort === sort ? (current.order === 'asc' ? 'desc' : 'asc') : natural;
                show(sort, order);
                onSort(sort, order);
            });
        });

        function show(sort, order) {
            current = {sort: sort, order: order};
            headers.forEach(function (th) {
                if (th.getAttribute('data-sort') === sort) {
                    th.setAttribute('aria-sort', order === 'asc' ? 'ascending' : 'descending');
                } else {
                    th.removeAttribute('aria-sort');
                }
            });
        }

        return {show: show};
    };

    /* ------------------------------------------------------------------ pickers */

    let pickerCount = 0;

    /**
     * A suggestion list under a text input (the ARIA combobox pattern): typing asks search(query) for
     * [{value, label, detail}] after a short pause; arrow keys move, Enter or a click picks, Escape closes.
     * options.query(input) gives the text to search for, options.pick(input, item) writes the choice.
     */
    PMO.picker = function (input, search, options) {
        const id = 'pmo-picker-' + (++pickerCount);
        const list = el('ul', 'pmo-picker-list');
        list.id = id;
        list.setAttribute('role', 'listbox');
        list.hidden = true;
        const status = el('span', 'assistive pmo-picker-status');
        status.setAttribute('aria-live', 'polite');
        input.parentNode.classList.add('pmo-picker-host');
        input.insertAdjacentElement('afterend', list);
        list.insertAdjacentElement('afterend', status);
        input.setAttribute('role', 'combobox');
        input.setAttribute('aria-autocomplete', 'list');
        input.setAttribute('aria-expanded', 'false');
        input.setAttribute('aria-controls', id);
        input.setAttribute('autocomplete', 'off');
        let items = [];
        let active = -1;
        let seq = 0;
        let timer = null;

        function close() {
            clearTimeout(timer);
            seq++;
            list.hidden = true;
            items = [];
            active = -1;
            input.setAttribute('aria-expanded', 'false');
            input.removeAttribute('aria-activedescendant');
            list.removeAttribute('data-loaded');
        }

        function highlight(index) {
            active = index;
            Array.prototype.forEach.call(list.children, function (li, i) {
                li.setAttribute('aria-selected', i === index ? 'true' : 'false');
            });
            if (index >= 0 && list.children[index]) {
                input.setAttribute('aria-activedescendant', list.children[index].id);
                list.children[index].scrollIntoView({block: 'nearest'});
            } else {
                input.removeAttribute('aria-activedescendant');
            }
        }

        function choose(index) {
            const item = items[index];
            if (!item) {
                return;
            }
            close();
            options.pick(input, item);
            input.dispatchEvent(new Event('input', {bubbles: true}));
            input.dispatchEvent(new Event('change', {bubbles: true}));
            input.focus();
        }

        function render(found) {
            while (list.firstChild) {
                list.removeChild(list.firstChild);
            }
            items = found;
            found.forEach(function (item, index) {
                const li = el('li', 'pmo-picker-option');
                li.id = id + '-' + index;
                li.setAttribute('role', 'option');
                li.setAttribute('aria-selected', 'false');
                li.setAttribute('data-value', item.value);
                li.appendChild(el('span', 'pmo-picker-label', item.label));
                if (item.detail) {
                    li.appendChild(el('span', 'pmo-picker-detail', item.detail));
                }
                // mousedown, not click: the input keeps focus, so blur does not close the list first.
                li.addEventListener('mousedown', function (event) {
                    event.preventDefault();
                    choose(index);
                });
                list.appendChild(li);
            });
            if (!found.length) {
                list.appendChild(el('li', 'pmo-picker-empty', t('pmo.common.picker.none')));
            }
            status.textContent = t('pmo.common.picker.results', found.length);
            list.hidden = false;
            list.setAttribute('data-loaded', 'true');
            input.setAttribute('aria-expanded', 'true');
            active = -1;
        }

        function lookUp() {
            const query = options.query(input).trim().substring(0, MAX_PICKER_QUERY);
            if (!query) {
                close();
                return;
            }
            const mine = ++seq;
            list.removeAttribute('data-loaded');
            search(query).then(function (found) {
                if (mine === seq && document.activeElement === input) {
                    render(found);
                }
            });
        }

        input.addEventListener('input', function (event) {
            if (!event.isTrusted) {
                return;
            }
            clearTimeout(timer);
            timer = setTimeout(lookUp, PICKER_DEBOUNCE_MS);
        });
        input.addEventListener('keydown', function (event) {
            if (list.hidden) {
                if (event.key === 'ArrowDown' && input.value.trim()) {
                    event.preventDefault();
                    lookUp();
                }
                return;
            }
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                event.preventDefault();
                const step = event.key === 'ArrowDown' ? 1 : -1;
                highlight(items.length ? (active + step + items.length) % items.length : -1);
            } else if (event.key === 'Enter' && active >= 0) {
                event.preventDefault();
                choose(active);
            } else if (event.key === 'Escape') {
                // Closes the list only, not the dialog around it.
                event.preventDefault();
                event.stopPropagation();
                close();
            }
        });
        input.addEventListener('blur', close);
        return {close: close};
    };

    function pickerSearch(url, toItems) {
        return PMO.rest('GET', url, undefined, {flag: false}).then(function (result) {
            return result.ok && result.data ? toItems(result.data) : [];
        });
    }

    /**
     * Jira's user picker (/rest/api/2/user/picker, {users:[{name, key, displayName}]}) on an input holding one
     * user key; the list shows display names with usernames.
     */
    PMO.userPicker = function (input, contextPath) {
        return PMO.picker(input, function (query) {
            return pickerSearch((contextPath || '') + '/rest/api/2/user/picker?maxResults=10&query='
                + encodeURIComponent(query), function (data) {
                return (data.users || []).map(function (user) {
                    return {value: user.key, label: user.displayName, detail: user.name};
                });
            });
        }, {
            query: function (field) {
                return field.value;
            },
            pick: function (field, item) {
                field.value = item.value;
            }
        });
    };

    /**
     * Jira's issue picker (/rest/api/2/issue/picker, {sections:[{issues:[{key, summaryText}]}]}) on an input holding
     * issue keys: the key being typed (after the last comma, semicolon or space) is the query, and a pick replaces it.
     */
    PMO.issuePicker = function (input, contextPath, currentJql) {
        // The form reads keys separated by commas, semicolons or spaces: the query is the key being typed.
        function split(value) {
            const match = /^([\s\S]*[\s,;])?([^\s,;]*)$/.exec(value);
            return {before: match[1] || '', token: match[2]};
        }

        return PMO.picker(input, function (query) {
            return pickerSearch((contextPath || '') + '/rest/api/2/issue/picker?query=' + encodeURIComponent(query)
                + (currentJql ? '&currentJQL=' + encodeURIComponent(currentJql) : ''), function (data) {
                const seen = {};
                const found = [];
                (data.sections || []).forEach(function (section) {
                    (section.issues || []).forEach(function (issue) {
                        if (!seen[issue.key]) {
                            seen[issue.key] = true;
                            found.push({value: issue.key, label: issue.key, detail: issue.summaryText});
                        }
                    });
                });
                return found;
            });
        }, {
            query: function (field) {
                return split(field.value).token;
            },
            pick: function (field, item) {
                const before = split(field.value).before;
                field.value = before + (before && !/\s$/.test(before) ? ' ' : '') + item.value + ', ';
            }
        });
    };

    /**
     * The portfolio pages' picker (the Portfolio page and the portfolio compliance table): reads GET portfolios,
     * fills the select with the portfolios the reader may see, selects {@code options.initial} when it is one of
     * them (else the first), keeps {@code ?id=} in the address on a change, and calls {@code options.show(id)} for the
     * chosen portfolio and after every change. When the list cannot be read or is empty, the root's state says so
     * and {@code options.message(type, state, text)} tells the reader.
     *
     * options: {rest, contextPath, root, picker, initial, show, message, texts: {error, none, choose}}; optional:
     * flag (passed to PMO.rest), detail (false: the error message without the failure's description), unlisted (true:
     * a well-formed initial id the reader does not see is still shown, the picker on its prompt, so the page says it
     * is unavailable), change(id) (instead of replacing ?id= and showing) and first(id) (instead of show for the
     * first portfolio).
     */
    PMO.portfolioPicker = function (options) {
        const id = /^[1-9][0-9]{0,17}$/;
        const picker = options.picker;
        const restOptions = {contextPath: options.contextPath};
        if (options.flag !== undefined) {
            restOptions.flag = options.flag;
        }
        return PMO.rest('GET', options.rest + 'portfolios', undefined, restOptions)
            .then(function (result) {
                const data = result.ok ? result.data : null;
                const list = data && Array.isArray(data.portfolios) ? data.portfolios
                    : (Array.isArray(data) ? data : null);
                picker.replaceChildren();
                if (list === null) {
                    options.root.setAttribute('data-pmo-state', 'error');
                    options.message('error', 'error', options.detail === false ? options.texts.error
                        : options.texts.error + ' ' + PMO.describeFailure(result, null, options.contextPath).text);
                    return;
                }
                const usable = list.filter(function (p) {
                    return p && id.test(String(p.id));
                });
                if (usable.length === 0) {
                    options.root.setAttribute('data-pmo-state', 'none');
                    options.message('info', 'none', options.texts.none);
                    return;
                }
                picker.appendChild(el('option', null, options.texts.choose)).value = '';
                usable.forEach(function (p) {
                    picker.appendChild(el('option', null, typeof p.name === 'string' ? p.name : String(p.id)))
                        .value = String(p.id);
                });
                picker.disabled = false;
                const known = usable.some(function (p) {
                    return String(p.id) === options.initial;
                });
                const chosen = known || (options.unlisted && id.test(options.initial || ''))
                    ? options.initial : String(usable[0].id);
                picker.value = known || !options.unlisted ? chosen : '';
                picker.addEventListener('change', function () {
                    if (id.test(picker.value)) {
                        if (options.change) {
                            options.change(picker.value);
                            return;
                        }
                        window.history.replaceState(null, '', '?id=' + picker.value);
                        options.show(picker.value);
                    }
                });
                (options.first || options.show)(chosen);
            });
    };

    /** What the app's dashboard items share: the context path, the item's node, state messages, the edit view. */
    PMO.dashboardItem = {
        /** Jira's context path as AJS gives it; empty outside Jira's pages. */
        contextPath: function () {
            return window.AJS && typeof window.AJS.contextPath === 'function' ? window.AJS.contextPath() : '';
        },

        /** The item's DOM node: the dashboard passes a jQuery object or a node. */
        nodeOf: function (context) {
            return context && context.jquery ? context[0] : context;
        },

        /** An AUI message in the item, its state in {@code data-pmo-state} for tests and styles. */
        message: function (node, type, state, text) {
            const box = el('div', 'aui-message aui-message-' + type + ' pmo-dashboard-state');
            box.setAttribute('data-pmo-state', state);
            box.appendChild(el('p', null, text));
            node.appendChild(box);
            return box;
        },

        /**
         * The edit view of an item configured with a portfolio: reads the portfolios the viewer may see (GET
         * /portfolios answers only those), sorted by name, and appends {@code form(portfolios)}; says when there are
         * none, or when they cannot be read. A viewer who may not edit the item gets the item back.
         *
         * texts: {error, none}
         */
        editPortfolios: function (API, context, texts, form) {
            const item = PMO.dashboardItem;
            const node = item.nodeOf(context);
            if (!API.isEditable()) {
                API.closeEdit();
                return Promise.resolve();
            }
            node.replaceChildren();
            API.showLoadingBar();
            return PMO.rest('GET', item.contextPath() + '/rest/pmo/1.0/portfolios', undefined, {flag: false})
                .then(function (result) {
                    API.hideLoadingBar();
                    node.replaceChildren();
                    if (!result.ok || !Array.isArray(result.data)) {
                        item.message(node, 'error', 'error', texts.error + ' '
                            + PMO.describeFailure(result, null, item.contextPath()).text);
                        return;
                    }
                    const portfolios = result.data.filter(function (p) {
                        return p && typeof p.id === 'number' && typeof p.name === 'string';
                    }).sort(function (a, b) {
                        return a.name.localeCompare(b.name);
                    });
                    if (portfolios.length === 0) {
                        item.message(node, 'info', 'no-portfolios', texts.none);
                    }
                    node.appendChild(form(portfolios));
                    API.resize();
                });
        }
    };

    /* ------------------------------------------------------------------ page start */

    /** An AUI message appended to node, its state in {@code data-pmo-state} and the page's own class for styles. */
    PMO.stateMessage = function (node, className, type, state, text) {
        const box = el('div', 'aui-message aui-message-' + type + ' ' + className);
        box.setAttribute('data-pmo-state', state);
        box.appendChild(el('p', null, text));
        node.appendChild(box);
        return box;
    };

    /** The objects in a server's list (nulls and other values left out); not a list: none. */
    PMO.objects = function (value) {
        return Array.isArray(value) ? value.filter(function (item) {
            return item !== null && typeof item === 'object';
        }) : [];
    };

    /** Calls start(root) once the document is read, when the page has an element with that id. */
    PMO.startPage = function (rootId, start) {
        function init() {
            const root = document.getElementById(rootId);
            if (root) {
                start(root);
            }
        }
        if (document.readyState === 'loading') {
            document.addEventListener('DOMContentLoaded', init);
        } else {
            init();
        }
    };

    /* ------------------------------------------------------------------ risk heat maps */

    /**
     * One cell of a risk heat map (the portfolio risk page and the dashboard item): its count, coloured by the
     * cell's severity ('mixed' where its risks differ), position, count and severity in data attributes, and a title
     * that says it in words.
     *
     * options: {prefix (the classes prefix-cell and prefix-zero), severities (severity to i18n key), t (the page's
     * translation), cell and mixed (the title's i18n keys)}
     */
    PMO.heatMapCell = function (cell, p, i, options) {
        const severities = options.severities;
        const t = options.t;
        const count = Number(cell.count) || 0;
        const named = (Array.isArray(cell.severities) ? cell.severities : []).filter(function (s) {
            return severities[s];
        });
        const severity = severities[cell.severity] ? cell.severity : (named.length > 1 ? 'mixed' : 'low');
        const td = el('td', options.prefix + '-cell pmo-severity-' + severity
            + (count ? '' : ' ' + options.prefix + '-zero'), count);
        td.setAttribute('data-probability', String(p));
        td.setAttribute('data-impact', String(i));
        td.setAttribute('data-count', String(count));
        td.setAttribute('data-severity', severity);
        td.title = t(options.cell, p, i, count, severity === 'mixed'
            ? t(options.mixed, named.map(function (s) {
                return t(severities[s]);
            }).join(', '))
            : t(severities[severity]));
        return td;
    };
}(window, document));
