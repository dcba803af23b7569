/*
 * Rollup views shared by the Portfolio page and the project Overview page (web-resource rollup-view): a tree table
 * of rollup nodes with progress bars, RAG chips with their reasons, and the EVM tiles of a node. The input is the
 * rollup API's node (issue 7, section 4): {key, name, level, counts:{todo, inProgress, done, total},
 * progress:{byCount, byPoints, byTime} as fractions 0–1, evm:{currency, basis, bac, pv, ev, ac, sv, cv, spi, cpi,
 * eac, etc, vac, tcpi}, rag:{status, reasons}, riskExposure, hiddenProjects, children}. Every figure is the
 * server's; null is shown as "not defined", never computed here. Server text goes in with textContent only.
 */
(function (window) {
    'use strict';

    const STRINGS = {
        'pmo.rollup.column.name': AJS.I18n.getText('pmo.rollup.column.name'),
        'pmo.rollup.column.health': AJS.I18n.getText('pmo.rollup.column.health'),
        'pmo.rollup.column.progress': AJS.I18n.getText('pmo.rollup.column.progress'),
        'pmo.rollup.column.issues': AJS.I18n.getText('pmo.rollup.column.issues'),
        'pmo.rollup.column.spi': AJS.I18n.getText('pmo.rollup.column.spi'),
        'pmo.rollup.column.cpi': AJS.I18n.getText('pmo.rollup.column.cpi'),
        'pmo.rollup.issues.done': AJS.I18n.getText('pmo.rollup.issues.done'),
        'pmo.rollup.expand': AJS.I18n.getText('pmo.rollup.expand'),
        'pmo.rollup.collapse': AJS.I18n.getText('pmo.rollup.collapse'),
        'pmo.rollup.loading': AJS.I18n.getText('pmo.rollup.loading'),
        'pmo.rollup.no.children': AJS.I18n.getText('pmo.rollup.no.children'),
        'pmo.rollup.undefined': AJS.I18n.getText('pmo.rollup.undefined'),
        'pmo.rollup.rag.green': AJS.I18n.getText('pmo.rollup.rag.green'),
        'pmo.rollup.rag.amber': AJS.I18n.getText('pmo.rollup.rag.amber'),
        'pmo.rollup.rag.red': AJS.I18n.getText('pmo.rollup.rag.red'),
        'pmo.rollup.rag.grey': AJS.I18n.getText('pmo.rollup.rag.grey'),
        'pmo.rollup.rag.reasons': AJS.I18n.getText('pmo.rollup.rag.reasons'),
        'pmo.rollup.rag.no.reasons': AJS.I18n.getText('pmo.rollup.rag.no.reasons'),
        'pmo.rollup.basis.points': AJS.I18n.getText('pmo.rollup.basis.points'),
        'pmo.rollup.basis.time': AJS.I18n.getText('pmo.rollup.basis.time'),
        'pmo.rollup.basis.count': AJS.I18n.getText('pmo.rollup.basis.count'),
        'pmo.rollup.progress.label': AJS.I18n.getText('pmo.rollup.progress.label'),
        'pmo.rollup.evm.bac': AJS.I18n.getText('pmo.rollup.evm.bac'),
        'pmo.rollup.evm.pv': AJS.I18n.getText('pmo.rollup.evm.pv'),
        'pmo.rollup.evm.ev': AJS.I18n.getText('pmo.rollup.evm.ev'),
        'pmo.rollup.evm.ac': AJS.I18n.getText('pmo.rollup.evm.ac'),
        'pmo.rollup.evm.spi': AJS.I18n.getText('pmo.rollup.evm.spi'),
        'pmo.rollup.evm.cpi': AJS.I18n.getText('pmo.rollup.evm.cpi'),
        'pmo.rollup.evm.eac': AJS.I18n.getText('pmo.rollup.evm.eac'),
        'pmo.rollup.evm.vac': AJS.I18n.getText('pmo.rollup.evm.vac'),
        'pmo.rollup.evm.basis': AJS.I18n.getText('pmo.rollup.evm.basis'),
        'pmo.rollup.risk.exposure': AJS.I18n.getText('pmo.rollup.risk.exposure'),
        'pmo.rollup.risk.threats': AJS.I18n.getText('pmo.rollup.risk.threats'),
        'pmo.rollup.risk.opportunities': AJS.I18n.getText('pmo.rollup.risk.opportunities'),
        'pmo.rollup.hidden': AJS.I18n.getText('pmo.rollup.hidden'),
        'pmo.rollup.hidden.one': AJS.I18n.getText('pmo.rollup.hidden.one')
    };
    const RAG = {
        green: {key: 'pmo.rollup.rag.green', lozenge: 'aui-lozenge-success'},
        amber: {key: 'pmo.rollup.rag.amber', lozenge: 'aui-lozenge-moved'},
        red: {key: 'pmo.rollup.rag.red', lozenge: 'aui-lozenge-error'},
        grey: {key: 'pmo.rollup.rag.grey', lozenge: ''}
    };
    const BASES = [
        {field: 'byPoints', basis: 'points', key: 'pmo.rollup.basis.points'},
        {field: 'byTime', basis: 'time', key: 'pmo.rollup.basis.time'},
        {field: 'byCount', basis: 'count', key: 'pmo.rollup.basis.count'}
    ];
    const TILES = [
        {field: 'bac', key: 'pmo.rollup.evm.bac', money: true},
        {field: 'pv', key: 'pmo.rollup.evm.pv', money: true},
        {field: 'ev', key: 'pmo.rollup.evm.ev', money: true},
        {field: 'ac', key: 'pmo.rollup.evm.ac', money: true},
        {field: 'spi', key: 'pmo.rollup.evm.spi', money: false},
        {field: 'cpi', key: 'pmo.rollup.evm.cpi', money: false},
        {field: 'eac', key: 'pmo.rollup.evm.eac', money: true},
        {field: 'vac', key: 'pmo.rollup.evm.vac', money: true}
    ];
    // Issue levels (the API's words) whose descendants the tree can load on demand when the node counts more than itself.
    const ISSUE_LEVELS = {'above-epic': true, epic: true, issue: true};
    // Levels whose key means something to a reader (a project key, an issue key), shown before the name.
    const KEYED_LEVELS = {project: true, 'above-epic': true, epic: true, issue: true, 'sub-task': true};
    const PMO = window.PMO = window.PMO || {};
    const el = PMO.el;

    function t(key) {
        return PMO.format.apply(null, [STRINGS].concat(Array.prototype.slice.call(arguments)));
    }

    function text(value) {
        return typeof value === 'string' ? value : (typeof value === 'number' ? String(value) : '');
    }

    /** A number the server sent (JSON number or decimal string), or null when it sent none. */
    function numberOf(value) {
        if (value === null || value === undefined || value === '') {
            return null;
        }
        const number = Number(value);
        return Number.isFinite(number) ? number : null;
    }

    function ragStatus(node) {
        const status = node && node.rag && typeof node.rag.status === 'string' ? node.rag.status.toLowerCase() : '';
        return RAG[status] ? status : 'grey';
    }

    function reasonsOf(node) {
        const reasons = node && node.rag && Array.isArray(node.rag.reasons) ? node.rag.reasons : [];
        return reasons.filter(function (reason) {
            return typeof reason === 'string';
        });
    }

    /**
     * The RAG chip: a lozenge whose word says the status (readable without colour), opening the reasons below it;
     * the reasons are also its tooltip.
     */
    function ragChip(node) {
        const status = ragStatus(node);
        const reasons = reasonsOf(node);
        const details = el('details', 'pmo-rag');
        details.setAttribute('data-rag', status);
        const summary = details.appendChild(el('summary', 'pmo-rag-summary'));
        const lozenge = summary.appendChild(el('span', 'aui-lozenge pmo-rag-chip ' + RAG[status].lozenge,
            t(RAG[status].key)));
        lozenge.title = reasons.length ? reasons.join('\n') : t('pmo.rollup.rag.no.reasons');
        summary.appendChild(el('span', 'pmo-visually-hidden', t('pmo.rollup.rag.reasons')));
        const list = details.appendChild(el('ul', 'pmo-rag-reasons'));
        if (reasons.length === 0) {
            list.appendChild(el('li', 'pmo-rag-reason-none', t('pmo.rollup.rag.no.reasons')));
        }
        reasons.forEach(function (reason) {
            list.appendChild(el('li', 'pmo-rag-reason', reason));
        });
        return details;
    }

    /** The basis progress is shown on: the one earned value used, else points, time, count in that order. */
    function progressBasis(node) {
        const progress = node && node.progress ? node.progress : {};
        const evmBasis = node && node.evm && typeof node.evm.basis === 'string' ? node.evm.basis.toLowerCase() : '';
        const preferred = BASES.filter(function (b) {
            return b.basis === evmBasis && numberOf(progress[b.field]) !== null;
        });
        const available = preferred.length ? preferred : BASES.filter(function (b) {
            return numberOf(progress[b.field]) !== null;
        });
        return available.length ? available[0] : null;
    }

    function progressBar(node) {
        const basis = progressBasis(node);
        const box = el('div', 'pmo-progress');
        if (!basis) {
            box.setAttribute('data-basis', 'none');
            box.appendChild(el('span', 'pmo-progress-undefined', t('pmo.rollup.undefined')));
            return box;
        }
        const fraction = Math.max(0, Math.min(1, numberOf(node.progress[basis.field])));
        const percent = Math.round(fraction * 100);
        box.setAttribute('data-basis', basis.field);
        box.setAttribute('data-percent', String(percent));
        const bar = box.appendChild(el('div', 'aui-progress-indicator pmo-progress-bar'));
        bar.setAttribute('role', 'progressbar');
        bar.setAttribute('aria-valuemin', '0');
        bar.setAttribute('aria-valuemax', '100');
        bar.setAttribute('aria-valuenow', String(percent));
        bar.setAttribute('aria-label', t('pmo.rollup.progress.label', t(basis.key)));
        const value = bar.appendChild(el('span', 'aui-progress-indicator-value'));
        value.style.width = percent + '%';
        box.appendChild(el('span', 'pmo-progress-text', percent + '% ' + t(basis.key)));
        return box;
    }

    function formatIndex(value) {
        const text = PMO.decimalHalfUp(value, 2);
        return text === null ? t('pmo.rollup.undefined') : text;
    }

    function formatMoney(value, currency) {
        if (numberOf(value) === null) {
            return t('pmo.rollup.undefined');
        }
        const amount = PMO.formatMoney(value);
        return currency ? amount + ' ' + currency : amount;
    }

    function currencyOf(evm) {
        return evm && typeof evm.currency === 'string' && /^[A-Z]{3}$/.test(evm.currency) ? evm.currency : '';
    }

    /** The EVM tiles of a node, with the currency and "not defined" for what the server left null. */
    function evmTiles(node) {
        const evm = node && node.evm ? node.evm : {};
        const currency = currencyOf(evm);
        const tiles = el('div', 'pmo-evm-tiles');
        TILES.forEach(function (tile) {
            const box = tiles.appendChild(el('div', 'pmo-evm-tile'));
            box.setAttribute('data-evm', tile.field);
            const defined = numberOf(evm[tile.field]) !== null;
            box.setAttribute('data-defined', String(defined));
            box.appendChild(el('div', 'pmo-evm-tile-label', t(tile.key)));
            box.appendChild(el('div', 'pmo-evm-tile-value', tile.money ? formatMoney(evm[tile.field], currency)
                : formatIndex(evm[tile.field])));
        });
        const exposure = riskExposureTile(node, currency);
        if (exposure) {
            tiles.appendChild(exposure);
        }
        return tiles;
    }

    function riskExposureTile(node, currency) {
        const exposure = node ? node.riskExposure : null;
        if (exposure === undefined) {
            return null;
        }
        const box = el('div', 'pmo-evm-tile pmo-evm-tile-risk');
        box.setAttribute('data-evm', 'riskExposure');
        box.appendChild(el('div', 'pmo-evm-tile-label', t('pmo.rollup.risk.exposure')));
        if (exposure !== null && typeof exposure === 'object') {
            box.appendChild(el('div', 'pmo-evm-tile-value pmo-risk-threats',
                t('pmo.rollup.risk.threats', formatMoney(exposure.threats, currency))));
            box.appendChild(el('div', 'pmo-evm-tile-value pmo-risk-opportunities',
                t('pmo.rollup.risk.opportunities', formatMoney(exposure.opportunities, currency))));
        } else {
            box.appendChild(el('div', 'pmo-evm-tile-value', formatMoney(exposure, currency)));
        }
        return box;
    }

    function hiddenNotice(node) {
        const hidden = node ? numberOf(node.hiddenProjects) : null;
        if (!hidden || hidden < 1) {
            return null;
        }
        const box = el('div', 'aui-message aui-message-info pmo-rollup-hidden');
        box.appendChild(el('p', null, hidden === 1 ? t('pmo.rollup.hidden.one') : t('pmo.rollup.hidden', hidden)));
        return box;
    }

    function levelOf(node) {
        return typeof node.level === 'string' ? node.level.toLowerCase() : '';
    }

    /** An issue node's key and summary where the API gives them, else the node's own key and name. */
    function labelOf(node) {
        const key = text(node.issueKey) || text(node.key);
        const name = text(node.summary) || text(node.name);
        return {key: key, name: name};
    }

    /**
     * A tree table of a node's children (the node itself as the first row when options.includeRoot). Projects and
     * epics open on demand through options.load(node) → Promise of the node with its children; other levels open
     * from the children they came with. options.onSelect(node) is called when a row's name is chosen.
     */
    function treeTable(root, options) {
        const opts = options || {};
        const table = el('table', 'aui pmo-rollup-tree');
        table.setAttribute('role', 'treegrid');
        const head = table.appendChild(el('thead')).appendChild(el('tr'));
        ['pmo.rollup.column.name', 'pmo.rollup.column.health', 'pmo.rollup.column.progress',
            'pmo.rollup.column.issues', 'pmo.rollup.column.spi', 'pmo.rollup.column.cpi'].forEach(function (key) {
            head.appendChild(el('th', null, t(key)));
        });
        const body = table.appendChild(el('tbody'));
        if (opts.includeRoot) {
            body.appendChild(row(root, 1, opts, true));
            appendChildren(body, body.lastChild, root.children || [], 2, opts);
        } else {
            appendChildren(body, null, root.children || [], 1, opts);
        }
        return table;
    }

    function appendChildren(body, after, children, depth, opts) {
        let anchor = after;
        const rows = [];
        children.forEach(function (child) {
            const tr = row(child, depth, opts, false);
            body.insertBefore(tr, anchor ? anchor.nextSibling : null);
            anchor = tr;
            rows.push(tr);
        });
        return rows;
    }

    function row(node, depth, opts, expanded) {
        const tr = el('tr', 'pmo-rollup-row');
        const level = levelOf(node);
        tr.setAttribute('data-key', text(node.key));
        tr.setAttribute('data-level', level);
        tr.setAttribute('aria-level', String(depth));
        tr._pmoNode = node;
        const nameCell = tr.appendChild(el('td', 'pmo-rollup-name'));
        nameCell.style.paddingLeft = (8 + (depth - 1) * 20) + 'px';
        const expandable = hasChildren(node) || loadable(node, opts);
        if (expandable) {
            const toggle = nameCell.appendChild(el('button', 'aui-button aui-button-subtle pmo-rollup-toggle'));
            toggle.type = 'button';
            toggle.setAttribute('aria-expanded', String(Boolean(expanded)));
            toggle.setAttribute('aria-label', t(expanded ? 'pmo.rollup.collapse' : 'pmo.rollup.expand',
                labelOf(node).name || labelOf(node).key));
            toggle.appendChild(el('span', 'aui-icon aui-icon-small '
                + (expanded ? 'aui-iconfont-chevron-down' : 'aui-iconfont-chevron-right')));
            toggle.addEventListener('click', function () {
                toggleRow(tr, depth, opts);
            });
        } else {
            nameCell.appendChild(el('span', 'pmo-rollup-toggle-space'));
        }
        const label = labelOf(node);
        if (label.key && label.key !== label.name && KEYED_LEVELS[level] === true) {
            nameCell.appendChild(el('span', 'pmo-rollup-key', label.key));
        }
        const name = nameCell.appendChild(el('span', 'pmo-rollup-label', label.name || label.key));
        if (typeof opts.onSelect === 'function') {
            name.classList.add('pmo-rollup-selectable');
            name.setAttribute('role', 'button');
            name.tabIndex = 0;
            const select = function () {
                opts.onSelect(node);
            };
            name.addEventListener('click', select);
            name.addEventListener('keydown', function (event) {
                if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    select();
                }
            });
        }
        tr.appendChild(el('td', 'pmo-rollup-health')).appendChild(ragChip(node));
        tr.appendChild(el('td', 'pmo-rollup-progress')).appendChild(progressBar(node));
        const counts = node.counts || {};
        tr.appendChild(el('td', 'pmo-rollup-issues', numberOf(counts.total) === null ? t('pmo.rollup.undefined')
            : t('pmo.rollup.issues.done', numberOf(counts.done) || 0, numberOf(counts.total))));
        const evm = node.evm || {};
        tr.appendChild(el('td', 'pmo-rollup-spi', evm.spi === undefined ? '' : formatIndex(evm.spi)));
        tr.appendChild(el('td', 'pmo-rollup-cpi', evm.cpi === undefined ? '' : formatIndex(evm.cpi)));
        return tr;
    }

    function hasChildren(node) {
        return Array.isArray(node.children) && node.children.length > 0;
    }

    /** Whether the loader can fetch what is below: a project's epics, or an issue's descendants when it has any. */
    function loadable(node, opts) {
        if (typeof opts.load !== 'function') {
            return false;
        }
        const level = levelOf(node);
        const total = node.counts ? numberOf(node.counts.total) : null;
        return level === 'project' || (ISSUE_LEVELS[level] === true && total !== null && total > 1);
    }

    function descendantsOf(tr) {
        const depth = Number(tr.getAttribute('aria-level'));
        const rows = [];
        let next = tr.nextElementSibling;
        while (next && Number(next.getAttribute('aria-level')) > depth) {
            rows.push(next);
            next = next.nextElementSibling;
        }
        return rows;
    }

    function setToggle(tr, expanded) {
        const toggle = tr.querySelector('.pmo-rollup-toggle');
        const label = labelOf(tr._pmoNode);
        toggle.setAttribute('aria-expanded', String(expanded));
        toggle.setAttribute('aria-label', t(expanded ? 'pmo.rollup.collapse' : 'pmo.rollup.expand',
            label.name || label.key));
        toggle.firstChild.className = 'aui-icon aui-icon-small '
            + (expanded ? 'aui-iconfont-chevron-down' : 'aui-iconfont-chevron-right');
    }

    function toggleRow(tr, depth, opts) {
        const toggle = tr.querySelector('.pmo-rollup-toggle');
        if (toggle.getAttribute('aria-expanded') === 'true') {
            descendantsOf(tr).forEach(function (child) {
                child.parentNode.removeChild(child);
            });
            setToggle(tr, false);
            return;
        }
        const node = tr._pmoNode;
        const body = tr.parentNode;
        setToggle(tr, true);
        if (hasChildren(node)) {
            appendChildren(body, tr, node.children, depth + 1, opts);
            return;
        }
        const loading = el('tr', 'pmo-rollup-loading');
        loading.setAttribute('aria-level', String(depth + 1));
        const cell = loading.appendChild(el('td', null, t('pmo.rollup.loading')));
        cell.colSpan = 6;
        body.insertBefore(loading, tr.nextSibling);
        Promise.resolve(opts.load(node)).then(function (loaded) {
            if (loading.parentNode) {
                loading.parentNode.removeChild(loading);
            }
            if (tr.querySelector('.pmo-rollup-toggle').getAttribute('aria-expanded') !== 'true') {
                return;
            }
            const children = loaded && Array.isArray(loaded.children) ? loaded.children : [];
            if (children.length === 0) {
                const none = el('tr', 'pmo-rollup-empty');
                none.setAttribute('aria-level', String(depth + 1));
                const empty = none.appendChild(el('td', null, t('pmo.rollup.no.children')));
                empty.colSpan = 6;
                body.insertBefore(none, tr.nextSibling);
                return;
            }
            appendChildren(body, tr, children, depth + 1, opts);
        });
    }

    PMO.rollupView = {
        numberOf: numberOf,
        ragChip: ragChip,
        progressBar: progressBar,
        evmTiles: evmTiles,
        hiddenNotice: hiddenNotice,
        treeTable: treeTable,
        labelOf: labelOf,
        currencyOf: currencyOf
    };
})(window);
