/*
 * Risk register page: fills the server-rendered frame (filters, table, heat maps, risk dialog, and for project
 * administrators the scoring settings dialog) from the REST API under data-rest-base. Plain ES2019, no build step.
 * Built on the pmo-common web resource (window.PMO: REST client, flags, dialogs, sortable headers, pickers).
 * Every word comes from STRINGS (Jira's jsI18n transformer), and every value from the server is put into the page
 * with textContent, never as markup. Scores, severities, EMV and overdue flags are the server's answers.
 */
(function () {
    'use strict';

    const FILTER_DEBOUNCE_MS = 300;
    const DEFAULT_LIMIT = 50;
    const MAX_LIMIT = 500;

    // Every word the page uses, translated by Jira's jsI18n transformer when the file is served: each key is
    // written out because a computed key would not be translated.
    const STRINGS = {
        'pmo.common.cancel': AJS.I18n.getText('pmo.common.cancel'),
        'pmo.common.close': AJS.I18n.getText('pmo.common.close'),
        'pmo.common.dismiss': AJS.I18n.getText('pmo.common.dismiss'),
        'pmo.risk.cell.filter': AJS.I18n.getText('pmo.risk.cell.filter'),
        'pmo.risk.issue.filter': AJS.I18n.getText('pmo.risk.issue.filter'),
        'pmo.risk.created': AJS.I18n.getText('pmo.risk.created'),
        'pmo.risk.delete.failed': AJS.I18n.getText('pmo.risk.delete.failed'),
        'pmo.risk.deleted': AJS.I18n.getText('pmo.risk.deleted'),
        'pmo.risk.dialog.create.title': AJS.I18n.getText('pmo.risk.dialog.create.title'),
        'pmo.risk.dialog.edit.title': AJS.I18n.getText('pmo.risk.dialog.edit.title'),
        'pmo.risk.dialog.loading': AJS.I18n.getText('pmo.risk.dialog.loading'),
        'pmo.risk.dialog.meta': AJS.I18n.getText('pmo.risk.dialog.meta'),
        'pmo.risk.dialog.view.title': AJS.I18n.getText('pmo.risk.dialog.view.title'),
        'pmo.risk.error.conflict': AJS.I18n.getText('pmo.risk.error.conflict'),
        'pmo.risk.error.conflict.change': AJS.I18n.getText('pmo.risk.error.conflict.change'),
        'pmo.risk.error.conflict.delete': AJS.I18n.getText('pmo.risk.error.conflict.delete'),
        'pmo.risk.error.conflict.deleted': AJS.I18n.getText('pmo.risk.error.conflict.deleted'),
        'pmo.risk.error.conflict.none': AJS.I18n.getText('pmo.risk.error.conflict.none'),
        'pmo.risk.error.conflict.yours': AJS.I18n.getText('pmo.risk.error.conflict.yours'),
        'pmo.risk.error.filters': AJS.I18n.getText('pmo.risk.error.filters'),
        'pmo.risk.error.forbidden': AJS.I18n.getText('pmo.risk.error.forbidden'),
        'pmo.risk.error.invalid': AJS.I18n.getText('pmo.risk.error.invalid'),
        'pmo.risk.error.load.heatmap': AJS.I18n.getText('pmo.risk.error.load.heatmap'),
        'pmo.risk.error.load.history': AJS.I18n.getText('pmo.risk.error.load.history'),
        'pmo.risk.error.load.list': AJS.I18n.getText('pmo.risk.error.load.list'),
        'pmo.risk.error.login': AJS.I18n.getText('pmo.risk.error.login'),
        'pmo.risk.error.login.link': AJS.I18n.getText('pmo.risk.error.login.link'),
        'pmo.risk.error.network': AJS.I18n.getText('pmo.risk.error.network'),
        'pmo.risk.error.not.found': AJS.I18n.getText('pmo.risk.error.not.found'),
        'pmo.risk.error.other.fields': AJS.I18n.getText('pmo.risk.error.other.fields'),
        'pmo.risk.error.server': AJS.I18n.getText('pmo.risk.error.server'),
        'pmo.risk.field.category': AJS.I18n.getText('pmo.risk.field.category'),
        'pmo.risk.field.cause': AJS.I18n.getText('pmo.risk.field.cause'),
        'pmo.risk.field.contingencyPlan': AJS.I18n.getText('pmo.risk.field.contingencyPlan'),
        'pmo.risk.field.costImpact': AJS.I18n.getText('pmo.risk.field.costImpact'),
        'pmo.risk.field.description': AJS.I18n.getText('pmo.risk.field.description'),
        'pmo.risk.field.effect': AJS.I18n.getText('pmo.risk.field.effect'),
        'pmo.risk.field.file': AJS.I18n.getText('pmo.risk.field.file'),
        'pmo.risk.field.impact': AJS.I18n.getText('pmo.risk.field.impact'),
        'pmo.risk.field.kind': AJS.I18n.getText('pmo.risk.field.kind'),
        'pmo.risk.field.lastReviewDate': AJS.I18n.getText('pmo.risk.field.lastReviewDate'),
        'pmo.risk.field.linkedIssueKeys': AJS.I18n.getText('pmo.risk.field.linkedIssueKeys'),
        'pmo.risk.field.nextReviewDate': AJS.I18n.getText('pmo.risk.field.nextReviewDate'),
        'pmo.risk.field.ownerKey': AJS.I18n.getText('pmo.risk.field.ownerKey'),
        'pmo.risk.field.probability': AJS.I18n.getText('pmo.risk.field.probability'),
        'pmo.risk.field.proximityDate': AJS.I18n.getText('pmo.risk.field.proximityDate'),
        'pmo.risk.field.residualImpact': AJS.I18n.getText('pmo.risk.field.residualImpact'),
        'pmo.risk.field.residualProbability': AJS.I18n.getText('pmo.risk.field.residualProbability'),
        'pmo.risk.field.responsePlan': AJS.I18n.getText('pmo.risk.field.responsePlan'),
        'pmo.risk.field.status': AJS.I18n.getText('pmo.risk.field.status'),
        'pmo.risk.field.strategy': AJS.I18n.getText('pmo.risk.field.strategy'),
        'pmo.risk.field.title': AJS.I18n.getText('pmo.risk.field.title'),
        'pmo.risk.field.trigger': AJS.I18n.getText('pmo.risk.field.trigger'),
        'pmo.risk.field.version': AJS.I18n.getText('pmo.risk.field.version'),
        'pmo.risk.heatmap.axis.impact': AJS.I18n.getText('pmo.risk.heatmap.axis.impact'),
        'pmo.risk.heatmap.axis.probability': AJS.I18n.getText('pmo.risk.heatmap.axis.probability'),
        'pmo.risk.heatmap.cell': AJS.I18n.getText('pmo.risk.heatmap.cell'),
        'pmo.risk.heatmap.cell.action': AJS.I18n.getText('pmo.risk.heatmap.cell.action'),
        'pmo.risk.heatmap.inherent': AJS.I18n.getText('pmo.risk.heatmap.inherent'),
        'pmo.risk.heatmap.residual': AJS.I18n.getText('pmo.risk.heatmap.residual'),
        'pmo.risk.heatmap.total': AJS.I18n.getText('pmo.risk.heatmap.total'),
        'pmo.risk.history.created': AJS.I18n.getText('pmo.risk.history.created'),
        'pmo.risk.history.deleted': AJS.I18n.getText('pmo.risk.history.deleted'),
        'pmo.risk.history.empty': AJS.I18n.getText('pmo.risk.history.empty'),
        'pmo.risk.history.empty.value': AJS.I18n.getText('pmo.risk.history.empty.value'),
        'pmo.risk.history.loading': AJS.I18n.getText('pmo.risk.history.loading'),
        'pmo.risk.kind.opportunity': AJS.I18n.getText('pmo.risk.kind.opportunity'),
        'pmo.risk.kind.threat': AJS.I18n.getText('pmo.risk.kind.threat'),
        'pmo.risk.page.summary': AJS.I18n.getText('pmo.risk.page.summary'),
        'pmo.risk.page.summary.empty': AJS.I18n.getText('pmo.risk.page.summary.empty'),
        'pmo.risk.save.failed': AJS.I18n.getText('pmo.risk.save.failed'),
        'pmo.risk.saved': AJS.I18n.getText('pmo.risk.saved'),
        'pmo.risk.score.preview': AJS.I18n.getText('pmo.risk.score.preview'),
        'pmo.risk.score.preview.residual': AJS.I18n.getText('pmo.risk.score.preview.residual'),
        'pmo.risk.severity.critical': AJS.I18n.getText('pmo.risk.severity.critical'),
        'pmo.risk.severity.high': AJS.I18n.getText('pmo.risk.severity.high'),
        'pmo.risk.severity.low': AJS.I18n.getText('pmo.risk.severity.low'),
        'pmo.risk.severity.medium': AJS.I18n.getText('pmo.risk.severity.medium'),
        'pmo.risk.status.closed': AJS.I18n.getText('pmo.risk.status.closed'),
        'pmo.risk.status.monitoring': AJS.I18n.getText('pmo.risk.status.monitoring'),
        'pmo.risk.status.occurred': AJS.I18n.getText('pmo.risk.status.occurred'),
        'pmo.risk.status.open': AJS.I18n.getText('pmo.risk.status.open'),
        'pmo.risk.status.responding': AJS.I18n.getText('pmo.risk.status.responding'),
        'pmo.risk.strategy.accept': AJS.I18n.getText('pmo.risk.strategy.accept'),
        'pmo.risk.strategy.avoid': AJS.I18n.getText('pmo.risk.strategy.avoid'),
        'pmo.risk.strategy.enhance': AJS.I18n.getText('pmo.risk.strategy.enhance'),
        'pmo.risk.strategy.escalate': AJS.I18n.getText('pmo.risk.strategy.escalate'),
        'pmo.risk.strategy.exploit': AJS.I18n.getText('pmo.risk.strategy.exploit'),
        'pmo.risk.strategy.mitigate': AJS.I18n.getText('pmo.risk.strategy.mitigate'),
        'pmo.risk.strategy.none': AJS.I18n.getText('pmo.risk.strategy.none'),
        'pmo.risk.strategy.share': AJS.I18n.getText('pmo.risk.strategy.share'),
        'pmo.risk.strategy.transfer': AJS.I18n.getText('pmo.risk.strategy.transfer'),
        'pmo.risk.table.empty': AJS.I18n.getText('pmo.risk.table.empty'),
        'pmo.risk.table.empty.filtered': AJS.I18n.getText('pmo.risk.table.empty.filtered'),
        'pmo.risk.table.loading': AJS.I18n.getText('pmo.risk.table.loading'),
        'pmo.risk.table.none': AJS.I18n.getText('pmo.risk.table.none'),
        'pmo.risk.table.overdue': AJS.I18n.getText('pmo.risk.table.overdue'),
        'pmo.risk.table.residual.emv': AJS.I18n.getText('pmo.risk.table.residual.emv'),
        'pmo.risk.table.residual.unassessed': AJS.I18n.getText('pmo.risk.table.residual.unassessed'),
        'pmo.risk.table.unassigned': AJS.I18n.getText('pmo.risk.table.unassigned')
    };

    let root;
    let config;
    let sortHeaders = null;
    // risk-settings.js and risk-import.js, loaded first, add their words to the page's namespace.
    const riskPage = PMO.riskPage = PMO.riskPage || {};
    const strings = Object.assign({}, riskPage.strings, STRINGS);
    const state = {
        status: [],
        severity: [],
        owner: '',
        sort: 'score',
        order: null,
        offset: 0,
        limit: DEFAULT_LIMIT,
        cell: null,
        issue: '',
        heatMap: null,
        risks: [],
        listSeq: 0,
        heatSeq: 0,
        highlightId: null
    };
    const dialog = {
        mode: 'create',
        risk: null,
        busy: false,
        open: false,
        opener: null,
        snapshot: null,
        historyFor: null,
        historySeq: 0
    };

    /* ------------------------------------------------------------------ helpers */

    function byId(id) {
        return document.getElementById(id);
    }

    // One element builder for every PMO page (pmo-common.js).
    const el = PMO.el;

    function clear(node) {
        while (node && node.firstChild) {
            node.removeChild(node.firstChild);
        }
    }

    function t(key) {
        let text = Object.prototype.hasOwnProperty.call(strings, key) ? strings[key] : key;
        for (let i = 1; i < arguments.length; i++) {
            text = text.split('{' + (i - 1) + '}').join(String(arguments[i]));
        }
        return text;
    }

    function has(key) {
        return Object.prototype.hasOwnProperty.call(strings, key);
    }

    // Locale and timing helpers of the common front end, under the names this script has always used.
    const debounce = PMO.debounce;
    const locale = PMO.locale;
    const formatDate = PMO.formatDate;
    const formatInstant = PMO.formatInstant;
    const formatMoney = PMO.formatMoney;
    const canonicalMoney = PMO.canonicalMoney;

    function todayIso() {
        const now = new Date();
        const pad = function (n) {
            return (n < 10 ? '0' : '') + n;
        };
        return now.getFullYear() + '-' + pad(now.getMonth() + 1) + '-' + pad(now.getDate());
    }

    function label(prefix, value) {
        if (value === null || value === undefined || value === '') {
            return '';
        }
        const key = prefix + value;
        return has(key) ? t(key) : String(value);
    }

    function fieldLabel(field) {
        const base = String(field || '').replace(/\[\d+\]$/, '');
        return has('pmo.risk.field.' + base) ? t('pmo.risk.field.' + base) : String(field || '');
    }

    function severityClass(severity) {
        return 'pmo-severity-' + (severity || 'low');
    }

    function statusLozengeClass(status) {
        switch (status) {
            case 'responding':
                return 'aui-lozenge-current';
            case 'monitoring':
                return 'aui-lozenge-new';
            case 'occurred':
                return 'aui-lozenge-error';
            case 'closed':
                return 'aui-lozenge-success';
            default:
                return '';
        }
    }

    function contextPath() {
        if (typeof config.contextPath === 'string') {
            return config.contextPath;
        }
        return config.restBase.replace(/\/rest\/pmo\/1\.0\/?$/, '');
    }

    /* ------------------------------------------------------------------ REST */

    /**
     * A call to the PMO REST API through the common client (XSRF header, error shape). The page reports most
     * failures where they happened (dialog, table, heat map), so flags are raised only for the statuses given.
     */
    function api(method, path, body, contentType, flagStatuses) {
        return PMO.rest(method, config.restBase + path, body, {
            contentType: contentType,
            flag: flagStatuses || false,
            contextPath: contextPath(),
            notFoundText: t('pmo.risk.error.not.found')
        });
    }

    function projectPath(suffix) {
        return '/projects/' + encodeURIComponent(config.projectKey) + suffix;
    }

    /** A sentence for a failed call, plus an optional node (the log-in link) to show with it. */
    function describeFailure(result, notFoundKey) {
        return PMO.describeFailure(result, t(notFoundKey || 'pmo.risk.error.not.found'), contextPath());
    }

    /* ------------------------------------------------------------------ messages */

    function notify(type, text, extra) {
        PMO.flag(type, text, extra);
    }

    function notifyFailure(result, notFoundKey) {
        const failure = describeFailure(result, notFoundKey);
        notify('error', failure.text, failure);
    }

    /* ------------------------------------------------------------------ URL state */

    function checkboxValues(name) {
        return Array.prototype.map.call(
            document.querySelectorAll('#pmo-risk-filters input[type=checkbox][name=' + name + ']'),
            function (box) {
                return box.value;
            });
    }

    function listParam(params, name, allowed) {
        const raw = params.get(name);
        if (!raw) {
            return [];
        }
        return raw.split(',').map(function (v) {
            return v.trim().toLowerCase();
        }).filter(function (v, i, all) {
            return v && allowed.indexOf(v) >= 0 && all.indexOf(v) === i;
        });
    }

    function sortOption(value) {
        const select = byId('pmo-filter-sort');
        if (!select) {
            return null;
        }
        return Array.prototype.find.call(select.options, function (option) {
            return option.value === value;
        }) || null;
    }

    /** The order the list is in: the one chosen, else the sort's natural order (the drop-down's data-order). */
    function currentOrder() {
        const option = sortOption(state.sort);
        return state.order || (option && option.getAttribute('data-order')) || 'desc';
    }

    function bindSortHeaders() {
        const table = byId('pmo-risk-table');
        if (!table) {
            return;
        }
        sortHeaders = PMO.sortableHeaders(table, function (sort, order) {
            applyFiltersSoon.cancel();
            readFilterControls();
            state.sort = sort;
            state.order = order;
            state.offset = 0;
            syncFilterControls();
            writeUrlState();
            loadTable();
        });
    }

    function readUrlState() {
        const params = new URLSearchParams(window.location.search);
        state.status = listParam(params, 'status', checkboxValues('status'));
        state.severity = listParam(params, 'severity', checkboxValues('severity'));
        state.owner = (params.get('owner') || '').trim();
        const sort = params.get('sort');
        state.sort = sort && sortOption(sort) ? sort : 'score';
        const order = params.get('order');
        state.order = order === 'asc' || order === 'desc' ? order : null;
        const offset = parseInt(params.get('offset'), 10);
        state.offset = isFinite(offset) && offset > 0 ? offset : 0;
        const limit = parseInt(params.get('limit'), 10);
        state.limit = isFinite(limit) && limit >= 1 && limit <= MAX_LIMIT ? limit : DEFAULT_LIMIT;
        const cell = /^(inherent|residual)-(\d+)-(\d+)$/.exec(params.get('cell') || '');
        state.cell = cell ? {map: cell[1], probability: Number(cell[2]), impact: Number(cell[3])} : null;
        // The issue panel links here with ?issue=KEY to list the risks it had no room for.
        const issue = (params.get('issue') || '').trim().toUpperCase();
        state.issue = /^[A-Z][A-Z0-9_]*-[1-9][0-9]*$/.test(issue) ? issue : '';
        const risk = parseInt(params.get('risk'), 10);
        return isFinite(risk) && risk > 0 ? risk : null;
    }

    function writeUrlState() {
        const params = new URLSearchParams(window.location.search);
        ['status', 'severity', 'owner', 'sort', 'order', 'offset', 'limit', 'cell', 'issue', 'risk'].forEach(function (name) {
            params.delete(name);
        });
        if (state.status.length) {
            params.set('status', state.status.join(','));
        }
        if (state.severity.length) {
            params.set('severity', state.severity.join(','));
        }
        if (state.owner) {
            params.set('owner', state.owner);
        }
        if (state.sort !== 'score') {
            params.set('sort', state.sort);
        }
        if (state.order) {
            params.set('order', state.order);
        }
        if (state.offset > 0) {
            params.set('offset', String(state.offset));
        }
        if (state.limit !== DEFAULT_LIMIT) {
            params.set('limit', String(state.limit));
        }
        if (state.cell) {
            params.set('cell', state.cell.map + '-' + state.cell.probability + '-' + state.cell.impact);
        }
        if (state.issue) {
            params.set('issue', state.issue);
        }
        if (dialog.open && dialog.risk && dialog.mode !== 'create') {
            params.set('risk', String(dialog.risk.id));
        }
        const query = params.toString();
        const url = window.location.pathname + (query ? '?' + query : '') + window.location.hash;
        if (window.history && typeof window.history.replaceState === 'function') {
            window.history.replaceState(window.history.state, '', url);
        }
    }

    function riskUrl(id) {
        const params = new URLSearchParams(window.location.search);
        params.set('risk', String(id));
        return window.location.pathname + '?' + params.toString();
    }

    /* ------------------------------------------------------------------ filters */

    function syncFilterControls() {
        document.querySelectorAll('#pmo-risk-filters input[type=checkbox]').forEach(function (box) {
            const chosen = box.name === 'status' ? state.status : state.severity;
            box.checked = chosen.indexOf(box.value) >= 0;
        });
        const owner = byId('pmo-filter-owner');
        if (owner) {
            owner.value = state.owner;
        }
        const sort = byId('pmo-filter-sort');
        if (sort) {
            sort.value = state.sort;
        }
        const size = byId('pmo-page-size');
        if (size) {
            const wanted = String(state.limit);
            if (!Array.prototype.some.call(size.options, function (o) {
                return o.value === wanted;
            })) {
                const option = el('option', null, wanted);
                option.value = wanted;
                size.appendChild(option);
            }
            size.value = wanted;
        }
    }

    function readFilterControls() {
        const checked = function (name) {
            return Array.prototype.filter.call(
                document.querySelectorAll('#pmo-risk-filters input[type=checkbox][name=' + name + ']'),
                function (box) {
                    return box.checked;
                }).map(function (box) {
                return box.value;
            });
        };
        state.status = checked('status');
        state.severity = checked('severity');
        const owner = byId('pmo-filter-owner');
        state.owner = owner ? owner.value.trim() : '';
        const sort = byId('pmo-filter-sort');
        const sortValue = sort ? sort.value : 'score';
        if (sortValue !== state.sort) {
            state.order = null;
        }
        state.sort = sortValue || 'score';
    }

    function applyFilters() {
        readFilterControls();
        state.offset = 0;
        writeUrlState();
        loadTable();
    }

    const applyFiltersLater = debounce(applyFilters, FILTER_DEBOUNCE_MS);

    function applyFiltersSoon() {
        // The table is stale from the first keystroke, so nobody waiting for data-loaded reads old rows.
        markStale(false);
        applyFiltersLater();
    }
    applyFiltersSoon.cancel = applyFiltersLater.cancel;

    /** Removes data-loaded from the table (and the heat maps) until the next load completes. */
    function markStale(heatMapsToo) {
        const table = byId('pmo-risk-table');
        if (table) {
            table.removeAttribute('data-loaded');
        }
        if (heatMapsToo) {
            ['pmo-heatmap-inherent', 'pmo-heatmap-residual'].forEach(function (id) {
                const map = byId(id);
                if (map) {
                    map.removeAttribute('data-loaded');
                }
            });
        }
    }

    /** Puts data-loaded back after a change that failed, when no load is under way to do it. */
    function markFresh() {
        ['pmo-risk-table', 'pmo-heatmap-inherent', 'pmo-heatmap-residual'].forEach(function (id) {
            const node = byId(id);
            if (node && node.getAttribute('aria-busy') !== 'true') {
                node.setAttribute('data-loaded', 'true');
            }
        });
    }

    function bindFilters() {
        const form = byId('pmo-risk-filters');
        if (!form) {
            return;
        }
        form.addEventListener('change', function (event) {
            if (event.target && event.target.id === 'pmo-filter-owner') {
                return;
            }
            applyFiltersSoon();
        });
        const owner = byId('pmo-filter-owner');
        if (owner) {
            owner.addEventListener('input', applyFiltersSoon);
            PMO.userPicker(owner, contextPath());
        }
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            applyFiltersSoon.cancel();
            applyFilters();
        });
        form.addEventListener('reset', function () {
            // The browser resets the controls after this event; read them once it has.
            setTimeout(function () {
                state.cell = null;
                state.issue = '';
                state.order = null;
                applyFiltersSoon.cancel();
                applyFilters();
                renderCellFilter();
                renderIssueFilter();
                markSelectedCell();
            }, 0);
        });
        const prev = byId('pmo-page-prev');
        const next = byId('pmo-page-next');
        if (prev) {
            prev.addEventListener('click', function () {
                state.offset = Math.max(0, state.offset - state.limit);
                writeUrlState();
                loadTable();
            });
        }
        if (next) {
            next.addEventListener('click', function () {
                state.offset += state.limit;
                writeUrlState();
                loadTable();
            });
        }
        const size = byId('pmo-page-size');
        if (size) {
            size.addEventListener('change', function () {
                const limit = parseInt(size.value, 10);
                state.limit = isFinite(limit) ? limit : DEFAULT_LIMIT;
                state.offset = 0;
                writeUrlState();
                loadTable();
            });
        }
        const cellClear = byId('pmo-cell-filter-clear');
        if (cellClear) {
            cellClear.addEventListener('click', function () {
                setCellFilter(null);
            });
        }
        const issueClear = byId('pmo-issue-filter-clear');
        if (issueClear) {
            issueClear.addEventListener('click', function () {
                state.issue = '';
                state.offset = 0;
                writeUrlState();
                renderIssueFilter();
                loadTable();
            });
        }
    }

    /* ------------------------------------------------------------------ table */

    function listQuery(offset, limit) {
        const params = new URLSearchParams();
        if (state.status.length) {
            params.set('status', state.status.join(','));
        }
        if (state.severity.length) {
            params.set('severity', state.severity.join(','));
        }
        if (state.owner) {
            params.set('owner', state.owner);
        }
        if (state.cell) {
            // The server answers the cell: the live risks the heat map counts there.
            params.set('probability', String(state.cell.probability));
            params.set('impact', String(state.cell.impact));
            params.set('assessment', state.cell.map);
        }
        if (state.issue) {
            params.set('issue', state.issue);
        }
        params.set('sort', state.sort);
        params.set('order', currentOrder());
        params.set('offset', String(offset));
        params.set('limit', String(limit));
        return projectPath('/risks?' + params.toString());
    }

    async function loadTable() {
        const table = byId('pmo-risk-table');
        if (!table) {
            return;
        }
        const seq = ++state.listSeq;
        table.removeAttribute('data-loaded');
        table.setAttribute('aria-busy', 'true');
        if (sortHeaders) {
            sortHeaders.show(state.sort, currentOrder());
        }
        const tableError = byId('pmo-table-error');
        const result = await api('GET', listQuery(state.offset, state.limit));
        if (seq !== state.listSeq) {
            return;
        }
        if (result.ok && result.data) {
            const total = result.data.total || 0;
            if (state.offset > 0 && state.offset >= total) {
                // The page we were on is gone (risks were deleted or filters narrowed): show the last one.
                state.offset = total > 0 ? Math.floor((total - 1) / state.limit) * state.limit : 0;
                writeUrlState();
                loadTable();
                return;
            }
            if (tableError) {
                tableError.hidden = true;
                clear(tableError);
            }
            state.risks = result.data.items || [];
            renderRows(state.risks);
            renderPagination(result.data.offset || 0, state.risks.length, total);
            renderCellFilter();
            table.removeAttribute('data-load-error');
        } else {
            state.risks = [];
            renderRows([], true);
            renderPagination(0, 0, 0);
            if (tableError) {
                clear(tableError);
                const failure = result.status === 400
                    ? {text: t('pmo.risk.error.filters')} : describeFailure(result);
                tableError.appendChild(el('p', 'title')).appendChild(el('strong', null, t('pmo.risk.error.load.list')));
                const body = el('p', null, failure.text);
                if (failure.node) {
                    body.appendChild(document.createTextNode(' '));
                    body.appendChild(failure.node);
                }
                tableError.appendChild(body);
                tableError.hidden = false;
            }
            table.setAttribute('data-load-error', 'true');
        }
        table.setAttribute('aria-busy', 'false');
        table.setAttribute('data-loaded', 'true');
    }

    function hasFilters() {
        return state.status.length > 0 || state.severity.length > 0 || state.owner !== '' || state.cell !== null;
    }

    function renderRows(risks, failed) {
        const tbody = document.querySelector('#pmo-risk-table tbody');
        clear(tbody);
        if (!risks.length) {
            const tr = el('tr', 'pmo-table-message');
            const td = el('td', null, failed ? '' : t(hasFilters() ? 'pmo.risk.table.empty.filtered'
                : 'pmo.risk.table.empty'));
            td.colSpan = 12;
            tr.appendChild(td);
            tbody.appendChild(tr);
            return;
        }
        risks.forEach(function (risk) {
            tbody.appendChild(riskRow(risk));
        });
    }

    function lozenge(text, classes, title) {
        const span = el('span', 'aui-lozenge ' + classes, text);
        if (title) {
            span.title = title;
        }
        return span;
    }

    function scoreCell(score, severity, muted, note) {
        const td = el('td', 'pmo-col-score');
        const severityLabel = label('pmo.risk.severity.', severity);
        const badge = lozenge('', 'pmo-severity-lozenge ' + severityClass(severity)
            + (muted ? ' pmo-severity-lozenge-muted' : ''), note ? severityLabel + ' \u2013 ' + note : severityLabel);
        badge.appendChild(document.createTextNode(String(score)));
        badge.appendChild(el('span', 'pmo-visually-hidden', ' ' + severityLabel + (note ? ', ' + note : '')));
        td.appendChild(badge);
        return td;
    }

    function riskRow(risk) {
        const tr = el('tr', 'pmo-risk-row');
        tr.setAttribute('data-risk-id', String(risk.id));
        tr.setAttribute('data-version', String(risk.version));
        if (risk.reviewOverdue) {
            tr.classList.add('pmo-row-overdue');
        }
        if (state.highlightId !== null && risk.id === state.highlightId) {
            tr.classList.add('pmo-row-highlight');
        }

        const title = el('td', 'pmo-col-title');
        const link = el('a', 'pmo-risk-title-link', risk.title);
        link.href = riskUrl(risk.id);
        link.setAttribute('data-risk-id', String(risk.id));
        title.appendChild(link);
        if (risk.category) {
            title.appendChild(el('div', 'pmo-risk-category', risk.category));
        }
        tr.appendChild(title);

        tr.appendChild(el('td', 'pmo-col-kind pmo-kind-' + risk.kind, label('pmo.risk.kind.', risk.kind)));
        tr.appendChild(el('td', 'pmo-col-number', risk.probability));
        tr.appendChild(el('td', 'pmo-col-number', risk.impact));
        tr.appendChild(scoreCell(risk.score, risk.severity, false));
        const assessed = risk.residualProbability !== null && risk.residualProbability !== undefined;
        tr.appendChild(scoreCell(risk.residualScore, risk.residualSeverity, !assessed,
            assessed ? '' : t('pmo.risk.table.residual.unassessed')));

        const owner = el('td', 'pmo-col-owner');
        if (risk.ownerKey) {
            owner.textContent = risk.ownerName || risk.ownerKey;
            owner.title = risk.ownerKey;
        } else {
            owner.appendChild(el('span', 'pmo-muted', t('pmo.risk.table.unassigned')));
        }
        tr.appendChild(owner);

        const status = el('td', 'pmo-col-status');
        status.appendChild(lozenge(label('pmo.risk.status.', risk.status), statusLozengeClass(risk.status)));
        tr.appendChild(status);

        const strategy = el('td', 'pmo-col-strategy');
        if (risk.strategy) {
            strategy.textContent = label('pmo.risk.strategy.', risk.strategy);
        } else {
            strategy.appendChild(el('span', 'pmo-muted', t('pmo.risk.table.none')));
        }
        tr.appendChild(strategy);

        const review = el('td', 'pmo-col-date');
        if (risk.nextReviewDate) {
            const time = el('time', null, formatDate(risk.nextReviewDate));
            time.dateTime = risk.nextReviewDate;
            review.appendChild(time);
        } else {
            review.appendChild(el('span', 'pmo-muted', t('pmo.risk.table.none')));
        }
        if (risk.reviewOverdue) {
            review.appendChild(document.createTextNode(' '));
            review.appendChild(lozenge(t('pmo.risk.table.overdue'), 'aui-lozenge-error pmo-overdue-lozenge'));
        }
        tr.appendChild(review);

        const emv = el('td', 'pmo-col-money');
        if (risk.expectedMonetaryValue !== null && risk.expectedMonetaryValue !== undefined) {
            emv.textContent = formatMoney(risk.expectedMonetaryValue);
            if (risk.residualExpectedMonetaryValue !== null && risk.residualExpectedMonetaryValue !== undefined) {
                emv.title = t('pmo.risk.table.residual.emv', formatMoney(risk.residualExpectedMonetaryValue));
            }
        } else {
            emv.appendChild(el('span', 'pmo-muted', t('pmo.risk.table.none')));
        }
        tr.appendChild(emv);

        const issues = el('td', 'pmo-col-issues');
        (risk.linkedIssueKeys || []).forEach(function (key, index) {
            if (index > 0) {
                issues.appendChild(document.createTextNode(', '));
            }
            const issue = el('a', 'pmo-issue-link', key);
            issue.href = contextPath() + '/browse/' + encodeURIComponent(key);
            issues.appendChild(issue);
        });
        tr.appendChild(issues);
        return tr;
    }

    function renderPagination(offset, count, total) {
        const summary = byId('pmo-page-summary');
        if (summary) {
            summary.textContent = total > 0 ? t('pmo.risk.page.summary', offset + 1, offset + count, total)
                : t('pmo.risk.page.summary.empty');
        }
        const prev = byId('pmo-page-prev');
        const next = byId('pmo-page-next');
        if (prev) {
            prev.disabled = offset <= 0;
        }
        if (next) {
            next.disabled = offset + count >= total;
        }
    }

    function bindTable() {
        const table = byId('pmo-risk-table');
        if (!table) {
            return;
        }
        table.addEventListener('click', function (event) {
            const link = event.target.closest ? event.target.closest('a.pmo-risk-title-link') : null;
            if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
                return;
            }
            event.preventDefault();
            openRisk(Number(link.getAttribute('data-risk-id')), link);
        });
    }

    /* ------------------------------------------------------------------ heat maps */
    /**
     * A size x size matrix with its axes, as heat maps and the settings preview draw it: probability down the
     * side (highest first), impact along the foot; {@code cellFor(p, i)} makes each cell.
     */
    function matrixGrid(gridClass, tableClass, caption, size, cellFor) {
        const grid = el('div', gridClass);
        grid.appendChild(el('div', 'pmo-heatmap-axis pmo-heatmap-axis-y', t('pmo.risk.heatmap.axis.probability')));
        const table = el('table', tableClass);
        table.appendChild(el('caption', 'pmo-visually-hidden', caption));
        const tbody = el('tbody');
        for (let p = size; p >= 1; p--) {
            const tr = el('tr');
            const rowHeader = el('th', 'pmo-heatmap-level', p);
            rowHeader.scope = 'row';
            tr.appendChild(rowHeader);
            for (let i = 1; i <= size; i++) {
                tr.appendChild(cellFor(p, i));
            }
            tbody.appendChild(tr);
        }
        table.appendChild(tbody);
        const tfoot = el('tfoot');
        const axisRow = el('tr');
        axisRow.appendChild(el('td', 'pmo-heatmap-corner'));
        for (let i = 1; i <= size; i++) {
            const columnHeader = el('th', 'pmo-heatmap-level', i);
            columnHeader.scope = 'col';
            axisRow.appendChild(columnHeader);
        }
        tfoot.appendChild(axisRow);
        table.appendChild(tfoot);
        grid.appendChild(table);
        grid.appendChild(el('div', 'pmo-heatmap-axis pmo-heatmap-axis-x', t('pmo.risk.heatmap.axis.impact')));
        return grid;
    }


    async function loadHeatMaps() {
        const containers = [byId('pmo-heatmap-inherent'), byId('pmo-heatmap-residual')].filter(Boolean);
        const seq = ++state.heatSeq;
        containers.forEach(function (container) {
            container.removeAttribute('data-loaded');
            container.setAttribute('aria-busy', 'true');
        });
        const result = await api('GET', projectPath('/risks/heatmap'));
        if (seq !== state.heatSeq) {
            return;
        }
        if (result.ok && result.data) {
            state.heatMap = result.data;
            containers.forEach(function (container) {
                renderHeatMap(container, container.getAttribute('data-map'), result.data);
                container.removeAttribute('data-load-error');
            });
            updateScorePreview();
        } else {
            const failure = describeFailure(result);
            containers.forEach(function (container) {
                clear(container);
                const message = el('div', 'aui-message aui-message-error');
                message.appendChild(el('p', null, t('pmo.risk.error.load.heatmap') + ' ' + failure.text));
                container.appendChild(message);
                container.setAttribute('data-load-error', 'true');
            });
        }
        containers.forEach(function (container) {
            container.setAttribute('aria-busy', 'false');
            container.setAttribute('data-loaded', 'true');
        });
        renderCellFilter();
    }

    function renderHeatMap(container, mapName, data) {
        const size = data.size;
        const cells = {};
        let total = 0;
        (data[mapName] || []).forEach(function (cell) {
            cells[cell.probability + ':' + cell.impact] = cell;
            total += cell.count;
        });
        const mapTitle = t(mapName === 'residual' ? 'pmo.risk.heatmap.residual' : 'pmo.risk.heatmap.inherent');

        clear(container);
        const grid = matrixGrid('pmo-heatmap-grid', 'pmo-heatmap-table', mapTitle, size, function (p, i) {
            const cell = cells[p + ':' + i] || {probability: p, impact: i, score: p * i, count: 0, severity: 'low'};
            return heatMapCell(mapName, cell);
        });
        container.appendChild(grid);
        container.appendChild(el('p', 'pmo-heatmap-total', t('pmo.risk.heatmap.total', total)));
        markSelectedCell();
    }

    function heatMapCell(mapName, cell) {
        const severityLabel = label('pmo.risk.severity.', cell.severity);
        const td = el('td', 'pmo-heatmap-cell ' + severityClass(cell.severity)
            + (cell.count === 0 ? ' pmo-heatmap-cell-empty' : ''));
        td.setAttribute('data-probability', String(cell.probability));
        td.setAttribute('data-impact', String(cell.impact));
        td.setAttribute('data-severity', cell.severity);
        td.setAttribute('data-count', String(cell.count));
        const description = t('pmo.risk.heatmap.cell', cell.probability, cell.impact, cell.count, severityLabel);
        td.title = description;
        const count = el('span', 'pmo-heatmap-count', cell.count);
        if (cell.count > 0) {
            const button = el('button', 'pmo-heatmap-button');
            button.type = 'button';
            button.setAttribute('aria-label', description + '. ' + t('pmo.risk.heatmap.cell.action'));
            button.setAttribute('aria-pressed', 'false');
            button.appendChild(count);
            button.addEventListener('click', function () {
                const selected = state.cell && state.cell.map === mapName
                    && state.cell.probability === cell.probability && state.cell.impact === cell.impact;
                setCellFilter(selected ? null : {map: mapName, probability: cell.probability, impact: cell.impact});
            });
            td.appendChild(button);
        } else {
            count.setAttribute('aria-label', description);
            td.appendChild(count);
        }
        return td;
    }

    function setCellFilter(cell) {
        state.cell = cell;
        state.offset = 0;
        writeUrlState();
        markSelectedCell();
        renderCellFilter();
        loadTable();
    }

    function markSelectedCell() {
        document.querySelectorAll('.pmo-heatmap-cell').forEach(function (td) {
            const map = td.closest('.pmo-heatmap') ? td.closest('.pmo-heatmap').getAttribute('data-map') : '';
            const selected = state.cell !== null && state.cell.map === map
                && String(state.cell.probability) === td.getAttribute('data-probability')
                && String(state.cell.impact) === td.getAttribute('data-impact');
            td.classList.toggle('pmo-heatmap-cell-selected', selected);
            const button = td.querySelector('button');
            if (button) {
                button.setAttribute('aria-pressed', selected ? 'true' : 'false');
            }
        });
    }

    function renderCellFilter() {
        const box = byId('pmo-cell-filter');
        const text = byId('pmo-cell-filter-text');
        if (!box || !text) {
            return;
        }
        if (!state.cell) {
            box.hidden = true;
            return;
        }
        const mapTitle = t(state.cell.map === 'residual' ? 'pmo.risk.heatmap.residual' : 'pmo.risk.heatmap.inherent');
        text.textContent = t('pmo.risk.cell.filter', state.cell.probability, state.cell.impact, mapTitle);
        box.hidden = false;
    }

    function renderIssueFilter() {
        const box = byId('pmo-issue-filter');
        const text = byId('pmo-issue-filter-text');
        if (!box || !text) {
            return;
        }
        text.textContent = state.issue ? t('pmo.risk.issue.filter', state.issue) : '';
        box.hidden = !state.issue;
    }

    /* ------------------------------------------------------------------ dialog: show and hide */

    function dialogEl() {
        return byId('pmo-risk-dialog');
    }

    function auiDialog() {
        return PMO.dialog(dialogEl());
    }

    function showDialog() {
        dialog.open = true;
        auiDialog().show();
        setTimeout(focusFirstField, 0);
    }

    function hideDialog() {
        if (auiDialog().hide()) {
            dialogHidden();
        }
    }

    function dialogHidden() {
        if (!dialog.open) {
            return;
        }
        dialog.open = false;
        dialog.historySeq++;
        hideDeleteConfirm();
        writeUrlState();
        const opener = dialog.opener;
        dialog.opener = null;
        setTimeout(function () {
            let target = opener;
            if (target && !document.body.contains(target) && dialog.risk) {
                target = document.querySelector('#pmo-risk-table a.pmo-risk-title-link[data-risk-id="'
                    + dialog.risk.id + '"]');
            }
            if (target && document.body.contains(target) && typeof target.focus === 'function') {
                target.focus();
            }
        }, 0);
    }

    function focusFirstField() {
        if (!dialog.open) {
            return;
        }
        const title = byId('pmo-risk-title');
        if (title && !title.disabled && !byId('pmo-risk-form').hidden) {
            title.focus();
        } else {
            const node = dialogEl();
            if (node) {
                node.focus();
            }
        }
    }

    function isDirty() {
        return dialog.snapshot !== null && dialog.mode !== 'view' && JSON.stringify(readForm()) !== dialog.snapshot;
    }

    /* ------------------------------------------------------------------ dialog: form */

    function formFields() {
        const form = byId('pmo-risk-form');
        return form ? Array.prototype.slice.call(form.querySelectorAll('[data-field]')) : [];
    }

    function fieldElement(name) {
        const form = byId('pmo-risk-form');
        return form ? form.querySelector('[data-field="' + name + '"]') : null;
    }

    function normaliseDate(value) {
        const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
        if (!match) {
            return value;
        }
        return match[1] + '-' + (match[2].length === 1 ? '0' : '') + match[2] + '-'
            + (match[3].length === 1 ? '0' : '') + match[3];
    }

    /** The form as the REST API reads a risk: empty inputs are null, levels are numbers, dates yyyy-mm-dd. */
    function readForm() {
        const body = {};
        formFields().forEach(function (field) {
            const name = field.getAttribute('data-field');
            const type = field.getAttribute('data-type') || 'text';
            const raw = field.value || '';
            const trimmed = raw.trim();
            if (type === 'level') {
                const level = parseInt(trimmed, 10);
                body[name] = trimmed === '' || !isFinite(level) ? null : level;
            } else if (type === 'date') {
                body[name] = trimmed === '' ? null : normaliseDate(trimmed);
            } else if (type === 'list') {
                const keys = trimmed.split(/[\s,;]+/).filter(Boolean);
                body[name] = keys.length ? keys : null;
            } else if (name === 'costImpact') {
                body[name] = canonicalMoney(trimmed);
            } else {
                body[name] = trimmed === '' ? null : raw;
            }
        });
        return body;
    }

    function setStrategyOptions(kind, wanted) {
        const select = byId('pmo-risk-strategy');
        const template = byId('pmo-strategy-options-' + kind);
        if (!select || !template || !template.content) {
            return;
        }
        const keep = wanted !== undefined ? wanted : select.value;
        clear(select);
        Array.prototype.forEach.call(template.content.querySelectorAll('option'), function (option) {
            select.appendChild(option.cloneNode(true));
        });
        select.value = keep || '';
        if (select.value !== (keep || '')) {
            select.value = '';
        }
    }

    function fillForm(risk) {
        const kind = risk && risk.kind ? risk.kind : defaultValue('kind');
        const kindSelect = byId('pmo-risk-kind');
        if (kindSelect) {
            kindSelect.value = kind;
        }
        setStrategyOptions(kind, risk && risk.strategy ? risk.strategy : '');
        formFields().forEach(function (field) {
            const name = field.getAttribute('data-field');
            if (name === 'kind' || name === 'strategy') {
                return;
            }
            let value = risk ? risk[name] : null;
            if (!risk && name === 'status') {
                value = defaultValue('status');
            }
            if (Array.isArray(value)) {
                field.value = value.join(', ');
            } else {
                field.value = value === null || value === undefined ? '' : String(value);
            }
        });
        const lastReview = byId('pmo-risk-last-review-date');
        if (lastReview) {
            lastReview.max = todayIso();
        }
        updateScorePreview();
    }

    function defaultValue(name) {
        const field = fieldElement(name);
        return field && field.options && field.options.length ? field.options[0].value : '';
    }

    function setFormEnabled(enabled) {
        const form = byId('pmo-risk-form');
        if (!form) {
            return;
        }
        form.querySelectorAll('fieldset').forEach(function (fieldset) {
            fieldset.disabled = !enabled;
        });
    }

    function updateScorePreview() {
        const preview = byId('pmo-risk-score-preview');
        if (!preview) {
            return;
        }
        const body = readForm();
        const parts = [];
        const inherent = heatCell('inherent', body.probability, body.impact);
        if (inherent) {
            parts.push(t('pmo.risk.score.preview', inherent.score, label('pmo.risk.severity.', inherent.severity)));
        }
        const residual = heatCell('residual', body.residualProbability, body.residualImpact);
        if (residual) {
            parts.push(t('pmo.risk.score.preview.residual', residual.score,
                label('pmo.risk.severity.', residual.severity)));
        }
        preview.textContent = parts.join(' \u00b7 ');
        preview.hidden = parts.length === 0;
    }

    function heatCell(mapName, probability, impact) {
        if (!state.heatMap || probability === null || impact === null) {
            return null;
        }
        return (state.heatMap[mapName] || []).find(function (cell) {
            return cell.probability === probability && cell.impact === impact;
        }) || null;
    }

    /* ------------------------------------------------------------------ dialog: errors */

    function clearErrors() {
        const general = byId('pmo-risk-dialog-error');
        if (general) {
            clear(general);
            general.hidden = true;
            general.className = 'aui-message aui-message-error pmo-dialog-error';
        }
        document.querySelectorAll('#pmo-risk-form [data-error-for]').forEach(function (node) {
            clear(node);
            node.hidden = true;
        });
        formFields().forEach(function (field) {
            field.removeAttribute('aria-invalid');
            const group = field.closest('.field-group');
            if (group) {
                group.classList.remove('pmo-field-invalid');
            }
        });
    }

    /** Shows a message in the dialog's general error area: a title, optional lines and an optional node. */
    function showGeneral(type, title, lines, node) {
        showMessageIn(byId('pmo-risk-dialog-error'), type, title, lines, node);
    }

    /** Fills a dialog's message area (an .aui-message) and scrolls the dialog to show it. */
    function showMessageIn(general, type, title, lines, node) {
        if (!general) {
            return;
        }
        clear(general);
        general.className = 'aui-message aui-message-' + type + ' pmo-dialog-error';
        general.appendChild(el('p', 'title')).appendChild(el('strong', null, title));
        (lines || []).forEach(function (line) {
            if (typeof line === 'string') {
                general.appendChild(el('p', null, line));
            } else if (line) {
                general.appendChild(line);
            }
        });
        if (node) {
            general.appendChild(el('p')).appendChild(node);
        }
        general.hidden = false;
        const content = general.closest('.aui-dialog2-content');
        if (content) {
            content.scrollTop = 0;
        }
    }

    function showFieldErrors(errors) {
        return showFieldErrorsIn(byId('pmo-risk-form'), 'data-field', errors);
    }

    /**
     * Puts each error under its field: the form's element named by {@code fieldAttribute} and its
     * [data-error-for] box. Answers the first field marked and the errors no field of the form matched.
     */
    function showFieldErrorsIn(form, fieldAttribute, errors) {
        const unmatched = [];
        let first = null;
        (errors || []).forEach(function (error) {
            const name = String(error.field || '').replace(/\[\d+\]$/, '');
            // Only plain names go into a selector; anything else is listed in the dialog's message instead.
            const plain = form && /^[A-Za-z0-9_.-]+$/.test(name);
            const target = plain ? form.querySelector('[data-error-for="' + name + '"]') : null;
            const field = plain ? form.querySelector('[' + fieldAttribute + '="' + name + '"]') : null;
            if (!target || !field) {
                unmatched.push(error);
                return;
            }
            target.appendChild(el('div', 'pmo-field-error-line', error.message));
            target.hidden = false;
            field.setAttribute('aria-invalid', 'true');
            const group = field.closest('.field-group');
            if (group) {
                group.classList.add('pmo-field-invalid');
            }
            if (!first) {
                first = field;
            }
        });
        return {first: first, unmatched: unmatched};
    }

    function failureInDialog(result, titleKey) {
        const failure = describeFailure(result);
        const lines = [failure.text];
        if (failure.detail) {
            lines.push(failure.detail);
        }
        showGeneral('error', t(titleKey), lines, failure.node);
    }

    /* ------------------------------------------------------------------ dialog: modes */

    function setMode(mode) {
        dialog.mode = mode;
        const node = dialogEl();
        node.setAttribute('data-mode', mode);
        const heading = byId('pmo-risk-dialog-heading');
        heading.textContent = t(mode === 'create' ? 'pmo.risk.dialog.create.title'
            : mode === 'edit' ? 'pmo.risk.dialog.edit.title' : 'pmo.risk.dialog.view.title');
        const save = byId('pmo-risk-save');
        save.hidden = mode === 'view';
        save.disabled = false;
        const cancel = byId('pmo-risk-cancel');
        cancel.textContent = t(mode === 'view' ? 'pmo.common.close' : 'pmo.common.cancel');
        const remove = byId('pmo-risk-delete');
        if (remove) {
            remove.hidden = mode !== 'edit';
            remove.disabled = false;
        }
        byId('pmo-risk-tabs').hidden = mode === 'create';
        setFormEnabled(mode !== 'view');
        selectTab('details', false);
    }

    function renderMeta(risk) {
        const meta = byId('pmo-risk-dialog-meta');
        if (!meta) {
            return;
        }
        if (!risk) {
            meta.hidden = true;
            meta.textContent = '';
            return;
        }
        meta.textContent = t('pmo.risk.dialog.meta', risk.id, risk.version,
            risk.updatedByName || risk.updatedBy || risk.createdBy || '',
            formatInstant(risk.updatedAt || risk.createdAt));
        meta.hidden = false;
    }

    function loadIntoDialog(risk) {
        dialog.risk = risk;
        dialog.historyFor = null;
        fillForm(risk);
        renderMeta(risk);
        dialog.snapshot = JSON.stringify(readForm());
    }

    function openCreate(opener) {
        if (!config.canEdit) {
            return;
        }
        dialog.opener = opener || null;
        dialog.risk = null;
        dialog.historyFor = null;
        clearErrors();
        setMode('create');
        fillForm(null);
        renderMeta(null);
        dialog.snapshot = JSON.stringify(readForm());
        showDialog();
    }

    async function openRisk(id, opener) {
        dialog.opener = opener || null;
        clearErrors();
        setMode(config.canEdit ? 'edit' : 'view');
        setFormEnabled(false);
        byId('pmo-risk-save').disabled = true;
        const remove = byId('pmo-risk-delete');
        if (remove) {
            remove.disabled = true;
        }
        fillForm(null);
        dialog.risk = {id: id};
        dialog.snapshot = null;
        renderMeta(null);
        showGeneral('info', t('pmo.risk.dialog.loading'));
        showDialog();
        writeUrlState();
        const result = await api('GET', '/risks/' + encodeURIComponent(id));
        if (!dialog.open || !dialog.risk || dialog.risk.id !== id) {
            return;
        }
        if (!result.ok || !result.data) {
            dialog.risk = null;
            hideDialog();
            notifyFailure(result);
            return;
        }
        if (result.data.projectKey && result.data.projectKey !== config.projectKey) {
            // A risk of another project: open it on its own register, where its settings and rights apply.
            window.location.href = contextPath() + '/projects/' + encodeURIComponent(result.data.projectKey)
                + '?selectedItem=' + encodeURIComponent(config.selectedItem) + '&risk=' + encodeURIComponent(id);
            return;
        }
        clearErrors();
        setMode(config.canEdit ? 'edit' : 'view');
        loadIntoDialog(result.data);
        setTimeout(focusFirstField, 0);
    }

    /* ------------------------------------------------------------------ dialog: save, conflict, delete */

    function comparable(name, value) {
        if (value === null || value === undefined) {
            return '';
        }
        if (Array.isArray(value)) {
            return value.map(function (v) {
                return String(v).trim().toUpperCase();
            }).join(', ');
        }
        if (name === 'costImpact') {
            const amount = Number(canonicalMoney(String(value).trim()));
            return isFinite(amount) ? amount.toFixed(2) : String(value).trim();
        }
        return String(value).trim();
    }

    function displayValue(name, value) {
        if (value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length)) {
            return t('pmo.risk.history.empty.value');
        }
        if (name === 'kind') {
            return label('pmo.risk.kind.', value);
        }
        if (name === 'status') {
            return label('pmo.risk.status.', value);
        }
        if (name === 'strategy') {
            return label('pmo.risk.strategy.', value);
        }
        if (Array.isArray(value)) {
            return value.join(', ');
        }
        return String(value);
    }

    /** The user's values that differ from what is stored now: what the conflict would otherwise lose silently. */
    function lostEdits(submitted, current) {
        return Object.keys(submitted).filter(function (name) {
            return name !== 'version' && comparable(name, submitted[name]) !== comparable(name, current[name]);
        }).map(function (name) {
            return t('pmo.risk.error.conflict.change', fieldLabel(name), displayValue(name, submitted[name]),
                displayValue(name, current[name]));
        });
    }

    function handleConflict(submitted, current) {
        if (!current) {
            dialog.snapshot = null;
            byId('pmo-risk-save').disabled = true;
            const remove = byId('pmo-risk-delete');
            if (remove) {
                remove.hidden = true;
            }
            showGeneral('warning', t('pmo.risk.error.conflict.deleted'));
            refreshAll();
            return;
        }
        const lost = lostEdits(submitted, current);
        loadIntoDialog(current);
        const lines = [t('pmo.risk.error.conflict.yours', current.version)];
        if (lost.length) {
            const list = el('ul', 'pmo-conflict-list');
            lost.forEach(function (line) {
                list.appendChild(el('li', null, line));
            });
            lines.push(list);
        } else {
            lines.push(t('pmo.risk.error.conflict.none'));
        }
        showGeneral('warning', t('pmo.risk.error.conflict'), lines);
        focusGeneral();
        refreshAll();
    }

    function focusGeneral() {
        const general = byId('pmo-risk-dialog-error');
        if (general && !general.hidden) {
            general.focus();
        }
    }

    function setBusy(busy) {
        dialog.busy = busy;
        const node = dialogEl();
        node.setAttribute('aria-busy', busy ? 'true' : 'false');
        byId('pmo-risk-save').disabled = busy;
        const remove = byId('pmo-risk-delete');
        if (remove) {
            remove.disabled = busy;
        }
        const yes = byId('pmo-risk-delete-yes');
        if (yes) {
            yes.disabled = busy;
        }
    }

    async function save(event) {
        if (event) {
            event.preventDefault();
        }
        if (dialog.busy || dialog.mode === 'view' || !config.canEdit) {
            return;
        }
        if (dialog.mode === 'edit' && (!dialog.risk || dialog.risk.version === undefined)) {
            return;
        }
        clearErrors();
        hideDeleteConfirm();
        const body = readForm();
        const creating = dialog.mode === 'create';
        if (!creating) {
            body.version = dialog.risk.version;
        }
        setBusy(true);
        markStale(true);
        const result = creating
            ? await api('POST', projectPath('/risks'), body)
            : await api('PUT', '/risks/' + encodeURIComponent(dialog.risk.id), body, undefined, [409]);
        setBusy(false);
        if (!result.ok && result.status !== 409) {
            markFresh();
        }
        if (!dialog.open) {
            // Closed while saving: the change may still have been made, so show the register as it is now.
            refreshAll();
            return;
        }
        if (result.ok) {
            const saved = result.data;
            dialog.snapshot = null;
            state.highlightId = saved && saved.id ? saved.id : null;
            hideDialog();
            notify('success', t(creating ? 'pmo.risk.created' : 'pmo.risk.saved', saved ? saved.title : ''));
            refreshAll();
            return;
        }
        if (result.status === 400) {
            const errors = result.data && Array.isArray(result.data.errors) ? result.data.errors : [];
            const shown = showFieldErrors(errors);
            const lines = shown.unmatched.map(function (error) {
                return t('pmo.risk.error.other.fields', fieldLabel(error.field), error.message);
            });
            showGeneral('error', t('pmo.risk.error.invalid'), lines);
            if (shown.first) {
                shown.first.focus();
            } else {
                focusGeneral();
            }
            return;
        }
        if (result.status === 409) {
            handleConflict(body, result.data ? result.data.current : null);
            return;
        }
        failureInDialog(result, 'pmo.risk.save.failed');
        focusGeneral();
    }

    function showDeleteConfirm() {
        const confirm = byId('pmo-risk-delete-confirm');
        if (!confirm) {
            return;
        }
        confirm.hidden = false;
        confirm.scrollIntoView({block: 'nearest'});
        byId('pmo-risk-delete-yes').focus();
    }

    function hideDeleteConfirm() {
        const confirm = byId('pmo-risk-delete-confirm');
        if (confirm) {
            confirm.hidden = true;
        }
    }

    async function deleteRisk() {
        if (dialog.busy || !dialog.risk || dialog.mode !== 'edit') {
            return;
        }
        clearErrors();
        const risk = dialog.risk;
        setBusy(true);
        markStale(true);
        const result = await api('DELETE', '/risks/' + encodeURIComponent(risk.id) + '?version='
            + encodeURIComponent(risk.version));
        setBusy(false);
        hideDeleteConfirm();
        if (!result.ok && result.status !== 404 && result.status !== 409) {
            markFresh();
        }
        if (!dialog.open) {
            refreshAll();
            return;
        }
        if (result.ok || result.status === 404 || (result.status === 409 && !(result.data && result.data.current))) {
            dialog.snapshot = null;
            hideDialog();
            notify('success', t('pmo.risk.deleted', risk.title || ''));
            refreshAll();
            return;
        }
        if (result.status === 409) {
            loadIntoDialog(result.data.current);
            showGeneral('warning', t('pmo.risk.error.conflict'), [t('pmo.risk.error.conflict.delete')]);
            focusGeneral();
            refreshAll();
            return;
        }
        failureInDialog(result, 'pmo.risk.delete.failed');
        focusGeneral();
    }

    /* ------------------------------------------------------------------ dialog: history */

    function selectTab(which, focus) {
        const details = byId('pmo-risk-tab-details');
        const history = byId('pmo-risk-tab-history');
        const showHistory = which === 'history';
        details.setAttribute('aria-selected', showHistory ? 'false' : 'true');
        history.setAttribute('aria-selected', showHistory ? 'true' : 'false');
        details.tabIndex = showHistory ? -1 : 0;
        history.tabIndex = showHistory ? 0 : -1;
        byId('pmo-risk-form').hidden = showHistory;
        byId('pmo-risk-history').hidden = !showHistory;
        if (focus) {
            (showHistory ? history : details).focus();
        }
        if (showHistory) {
            loadHistory();
        }
    }

    async function loadHistory() {
        if (!dialog.risk || !dialog.risk.id || dialog.historyFor === dialog.risk.version) {
            return;
        }
        const risk = dialog.risk;
        const seq = ++dialog.historySeq;
        const message = byId('pmo-risk-history-message');
        const table = byId('pmo-risk-history-table');
        table.hidden = true;
        table.removeAttribute('data-loaded');
        message.textContent = t('pmo.risk.history.loading');
        message.hidden = false;
        const result = await api('GET', '/risks/' + encodeURIComponent(risk.id) + '/history');
        if (seq !== dialog.historySeq) {
            return;
        }
        if (!result.ok || !Array.isArray(result.data)) {
            message.textContent = t('pmo.risk.error.load.history') + ' ' + describeFailure(result).text;
            return;
        }
        dialog.historyFor = risk.version;
        const tbody = table.querySelector('tbody');
        clear(tbody);
        const entries = result.data.slice().reverse();
        if (!entries.length) {
            message.textContent = t('pmo.risk.history.empty');
            return;
        }
        entries.forEach(function (entry) {
            tbody.appendChild(historyRow(entry));
        });
        message.hidden = true;
        table.hidden = false;
        table.setAttribute('data-loaded', 'true');
    }

    function historyRow(entry) {
        const tr = el('tr');
        const when = el('td', 'pmo-history-when');
        const time = el('time', null, formatInstant(entry.at));
        time.dateTime = entry.at || '';
        when.appendChild(time);
        tr.appendChild(when);
        const who = el('td', null, entry.actorName || entry.actorKey || '');
        if (entry.actorKey) {
            who.title = entry.actorKey;
        }
        tr.appendChild(who);
        let fieldText;
        if (entry.field === 'created') {
            fieldText = t('pmo.risk.history.created');
        } else if (entry.field === 'deleted') {
            fieldText = t('pmo.risk.history.deleted');
        } else {
            fieldText = fieldLabel(entry.field);
        }
        tr.appendChild(el('td', 'pmo-history-field', fieldText));
        tr.appendChild(historyValue(entry.field, entry.oldValue));
        tr.appendChild(historyValue(entry.field, entry.newValue));
        tr.appendChild(el('td', 'pmo-col-number', entry.version));
        return tr;
    }

    function historyValue(field, value) {
        const td = el('td', 'pmo-history-value');
        if (value === null || value === undefined || value === '') {
            td.appendChild(el('span', 'pmo-muted', t('pmo.risk.history.empty.value')));
        } else {
            td.textContent = displayValue(field, value);
        }
        return td;
    }

    /* ------------------------------------------------------------------ dialog: wiring */

    function bindDialog() {
        const node = dialogEl();
        if (!node) {
            return;
        }
        if (!node.hasAttribute('data-aui-modal')) {
            // Escape is handled below so that it cannot throw away typed changes.
            node.setAttribute('data-aui-modal', 'true');
        }
        const aui = auiDialog().aui;
        if (aui && typeof aui.on === 'function') {
            aui.on('hide', dialogHidden);
        }
        byId('pmo-risk-form').addEventListener('submit', save);
        byId('pmo-risk-cancel').addEventListener('click', function () {
            dialog.snapshot = null;
            hideDialog();
        });
        const kind = byId('pmo-risk-kind');
        kind.addEventListener('change', function () {
            setStrategyOptions(kind.value);
        });
        ['pmo-risk-probability', 'pmo-risk-impact', 'pmo-risk-residual-probability', 'pmo-risk-residual-impact']
            .forEach(function (id) {
                const select = byId(id);
                if (select) {
                    select.addEventListener('change', updateScorePreview);
                }
            });
        // Jira's own pickers: the owner is one user key, linked issues are keys of issues the user can browse.
        PMO.userPicker(byId('pmo-risk-owner'), contextPath());
        PMO.issuePicker(byId('pmo-risk-linked-issues'), contextPath());
        const me = byId('pmo-risk-owner-me');
        if (me) {
            me.addEventListener('click', function () {
                const owner = byId('pmo-risk-owner');
                owner.value = config.currentUserKey;
                owner.focus();
            });
        }
        const remove = byId('pmo-risk-delete');
        if (remove) {
            remove.addEventListener('click', showDeleteConfirm);
        }
        const yes = byId('pmo-risk-delete-yes');
        if (yes) {
            yes.addEventListener('click', deleteRisk);
        }
        const no = byId('pmo-risk-delete-no');
        if (no) {
            no.addEventListener('click', function () {
                hideDeleteConfirm();
                if (remove) {
                    remove.focus();
                }
            });
        }
        const details = byId('pmo-risk-tab-details');
        const history = byId('pmo-risk-tab-history');
        details.addEventListener('click', function () {
            selectTab('details', false);
        });
        history.addEventListener('click', function () {
            selectTab('history', false);
        });
        byId('pmo-risk-tabs').addEventListener('keydown', function (event) {
            if (event.key === 'ArrowLeft' || event.key === 'ArrowRight' || event.key === 'Home'
                || event.key === 'End') {
                event.preventDefault();
                const toHistory = event.key === 'End'
                    || ((event.key === 'ArrowRight' || event.key === 'ArrowLeft')
                        && details.getAttribute('aria-selected') === 'true');
                selectTab(toHistory ? 'history' : 'details', true);
            }
        });
        node.addEventListener('keydown', function (event) {
            if (event.key !== 'Escape' || !dialog.open) {
                return;
            }
            const confirm = byId('pmo-risk-delete-confirm');
            if (confirm && !confirm.hidden) {
                event.preventDefault();
                hideDeleteConfirm();
                return;
            }
            if (dialog.busy) {
                return;
            }
            if (isDirty()) {
                // Unsaved changes stay; Cancel discards them on purpose.
                event.preventDefault();
                byId('pmo-risk-cancel').focus();
                return;
            }
            event.preventDefault();
            hideDialog();
        });
        const create = byId('pmo-create-risk');
        if (create) {
            create.addEventListener('click', function () {
                openCreate(create);
            });
        }
    }

    /* ------------------------------------------------------------------ start */

    function refreshAll() {
        loadTable();
        loadHeatMaps();
    }

    function readConfig(node) {
        return {
            projectKey: node.getAttribute('data-project-key') || '',
            restBase: (node.getAttribute('data-rest-base') || '/rest/pmo/1.0').replace(/\/$/, ''),
            contextPath: node.getAttribute('data-context-path'),
            canEdit: node.getAttribute('data-can-edit') === 'true',
            canAdminister: node.getAttribute('data-can-administer') === 'true',
            scale: parseInt(node.getAttribute('data-scale'), 10) || 5,
            currentUserKey: node.getAttribute('data-current-user-key') || '',
            selectedItem: node.getAttribute('data-selected-item') || ''
        };
    }

    function start() {
        root = byId('pmo-risk-register');
        if (!root || root.getAttribute('data-started') === 'true') {
            return;
        }
        root.setAttribute('data-started', 'true');
        config = readConfig(root);
        const riskId = readUrlState();
        syncFilterControls();
        bindFilters();
        bindSortHeaders();
        bindTable();
        bindDialog();
        riskPage.importer({
            byId: byId, el: el, clear: clear, t: t, api: api, projectPath: projectPath, notify: notify,
            notifyFailure: notifyFailure, fieldLabel: fieldLabel, markStale: markStale, markFresh: markFresh,
            writeUrlState: writeUrlState, refreshAll: refreshAll, state: state
        }).bind();
        const settingsDialog = riskPage.settingsDialog({
            byId: byId, el: el, clear: clear, t: t, has: has, label: label, api: api, projectPath: projectPath,
            describeFailure: describeFailure, severityClass: severityClass, showMessageIn: showMessageIn,
            showFieldErrorsIn: showFieldErrorsIn, notify: notify, matrixGrid: matrixGrid, config: config
        });
        settingsDialog.bind();
        renderCellFilter();
        renderIssueFilter();
        writeUrlState();
        refreshAll();
        settingsDialog.announceSaved();
        if (riskId !== null) {
            openRisk(riskId, null);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
