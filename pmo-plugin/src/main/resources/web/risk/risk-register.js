/*
 * Risk register page: fills the server-rendered frame (filters, table, heat maps, risk dialog, and for project
 * administrators the scoring settings dialog) from the REST API under data-rest-base. Plain ES2019, no build step.
 * Built on the pmo-common web resource (window.PMO: REST client, flags, dialogs, sortable headers, pickers).
 * Every word comes from STRINGS (Jira's jsI18n transformer), and every value from the server is put into the page
 * with textContent, never as markup. Scores, severities, EMV and overdue flags are the server's answers.
 * The risk dialog, the settings dialog and the CSV import are their own scripts (risk-dialog.js, risk-settings.js,
 * risk-import.js), loaded first and started from start() below with this script's helpers.
 */
(function () {
    'use strict';

    const FILTER_DEBOUNCE_MS = 300;
    // Where the heat maps' fold state is kept, per browser: people who fold them away keep them folded.
    const HEATMAP_FOLD_KEY = 'pmo.risk.heatmaps.fold';
    const DEFAULT_LIMIT = 50;
    const MAX_LIMIT = 500;

    // Every word the page uses, translated by Jira's jsI18n transformer when the file is served: each key is
    // written out because a computed key would not be translated.
    const STRINGS = {
        'pmo.common.dismiss': AJS.I18n.getText('pmo.common.dismiss'),
        'pmo.risk.cell.filter': AJS.I18n.getText('pmo.risk.cell.filter'),
        'pmo.risk.issue.filter': AJS.I18n.getText('pmo.risk.issue.filter'),
        'pmo.risk.error.filters': AJS.I18n.getText('pmo.risk.error.filters'),
        'pmo.risk.error.forbidden': AJS.I18n.getText('pmo.risk.error.forbidden'),
        'pmo.risk.error.load.heatmap': AJS.I18n.getText('pmo.risk.error.load.heatmap'),
        'pmo.risk.error.load.list': AJS.I18n.getText('pmo.risk.error.load.list'),
        'pmo.risk.error.login': AJS.I18n.getText('pmo.risk.error.login'),
        'pmo.risk.error.login.link': AJS.I18n.getText('pmo.risk.error.login.link'),
        'pmo.risk.error.network': AJS.I18n.getText('pmo.risk.error.network'),
        'pmo.risk.error.not.found': AJS.I18n.getText('pmo.risk.error.not.found'),
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
        'pmo.risk.kind.opportunity': AJS.I18n.getText('pmo.risk.kind.opportunity'),
        'pmo.risk.kind.threat': AJS.I18n.getText('pmo.risk.kind.threat'),
        'pmo.risk.page.summary': AJS.I18n.getText('pmo.risk.page.summary'),
        'pmo.risk.page.summary.empty': AJS.I18n.getText('pmo.risk.page.summary.empty'),
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
        'pmo.risk.table.unassigned': AJS.I18n.getText('pmo.risk.table.unassigned'),
        'pmo.risk.table.not.assessed': AJS.I18n.getText('pmo.risk.table.not.assessed'),
        'pmo.risk.table.not.assessed.title': AJS.I18n.getText('pmo.risk.table.not.assessed.title'),
        'pmo.risk.inline.edit': AJS.I18n.getText('pmo.risk.inline.edit'),
        'pmo.risk.inline.saving': AJS.I18n.getText('pmo.risk.inline.saving'),
        'pmo.risk.inline.saved': AJS.I18n.getText('pmo.risk.inline.saved'),
        'pmo.risk.inline.conflict': AJS.I18n.getText('pmo.risk.inline.conflict'),
        'pmo.risk.inline.conflict.someone': AJS.I18n.getText('pmo.risk.inline.conflict.someone'),
        'pmo.risk.inline.merged': AJS.I18n.getText('pmo.risk.inline.merged'),
        'pmo.risk.inline.failed': AJS.I18n.getText('pmo.risk.inline.failed'),
        'pmo.risk.inline.none': AJS.I18n.getText('pmo.risk.inline.none'),
        'pmo.risk.inline.hint': AJS.I18n.getText('pmo.risk.inline.hint')
    };

    let root;
    let config;
    let sortHeaders = null;
    // risk-settings.js, risk-import.js and risk-dialog.js, loaded first, add their words to the page's namespace.
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
        // The currency of the project's risk money (ISO 4217), as the list answers it; null: none known.
        currency: null,
        listSeq: 0,
        heatSeq: 0,
        highlightId: null
    };
    // The risk dialog (risk-dialog.js), made at start over the page's helpers.
    let riskDialog = null;

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
    const formatMoney = PMO.formatMoney;

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
            writeUrlState(true);
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

    /** The risk the address names (?risk=ID), or null. */
    function riskInUrl() {
        const risk = parseInt(new URLSearchParams(window.location.search).get('risk'), 10);
        return isFinite(risk) && risk > 0 ? risk : null;
    }

    /**
     * Puts the list's state (filters, sort, page) and the risk the dialog shows into the address. Opening a risk
     * adds a history entry, so Back closes the dialog and keeps the list; closing it goes back over that entry
     * instead of leaving two. {@code push} adds an entry for a change people may want to step back from (a
     * filter, a sort, a page); everything else replaces the current one.
     */
    function writeUrlState(push) {
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
        const shownRisk = riskDialog ? riskDialog.shownRiskId() : null;
        if (shownRisk !== null) {
            params.set('risk', String(shownRisk));
        }
        const query = params.toString();
        const url = window.location.pathname + (query ? '?' + query : '') + window.location.hash;
        const history = window.history;
        if (!history || typeof history.replaceState !== 'function') {
            return;
        }
        const riskBefore = riskInUrl();
        const pushedForRisk = history.state && history.state.pmoRisk === riskBefore;
        if (shownRisk !== null && shownRisk !== riskBefore) {
            history.pushState({pmoRisk: shownRisk}, '', url);
        } else if (shownRisk === null && riskBefore !== null && pushedForRisk) {
            // The entry was added when the risk was opened: stepping back over it leaves the list's own entry.
            history.back();
        } else if (push === true && url !== window.location.pathname + window.location.search + window.location.hash) {
            history.pushState({pmoList: true}, '', url);
        } else {
            history.replaceState(history.state, '', url);
        }
    }

    /** A key for what the list shows, to tell whether a step through the history changed it. */
    function listKey() {
        return JSON.stringify([state.status, state.severity, state.owner, state.sort, state.order, state.offset,
            state.limit, state.cell, state.issue]);
    }

    /** Back and Forward: the list and the dialog follow the address. */
    function bindHistory() {
        window.addEventListener('popstate', function () {
            const before = listKey();
            const risk = readUrlState();
            syncFilterControls();
            renderCellFilter();
            renderIssueFilter();
            markSelectedCell();
            if (listKey() !== before) {
                applyFiltersSoon.cancel();
                loadTable();
            }
            const shown = riskDialog.shownRiskId();
            if (risk === null && shown !== null) {
                closeRiskDialog();
            } else if (risk !== null && risk !== shown) {
                riskDialog.openRisk(risk, null);
            }
        });
    }

    /**
     * Back closes the risk dialog as its Cancel button does. With typed changes the dialog asks first; until it has
     * closed, the address names the open risk again, so Back still means "close" and nothing typed is lost.
     */
    function closeRiskDialog() {
        if (!riskDialog.close()) {
            writeUrlState();
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
        writeUrlState(true);
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
                writeUrlState(true);
                loadTable();
            });
        }
        if (next) {
            next.addEventListener('click', function () {
                state.offset += state.limit;
                writeUrlState(true);
                loadTable();
            });
        }
        const size = byId('pmo-page-size');
        if (size) {
            size.addEventListener('change', function () {
                const limit = parseInt(size.value, 10);
                state.limit = isFinite(limit) ? limit : DEFAULT_LIMIT;
                state.offset = 0;
                writeUrlState(true);
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
                writeUrlState(true);
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
            state.currency = typeof result.data.currency === 'string' ? result.data.currency : null;
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
        if (assessed) {
            tr.appendChild(scoreCell(risk.residualScore, risk.residualSeverity, false));
        } else {
            // Not the inherent score again: a muted copy of it read as a residual that equals the inherent.
            const residual = el('td', 'pmo-col-score pmo-col-residual');
            const note = el('span', 'pmo-muted pmo-not-assessed', t('pmo.risk.table.not.assessed'));
            note.title = t('pmo.risk.table.not.assessed.title');
            residual.appendChild(note);
            tr.appendChild(residual);
        }

        const owner = el('td', 'pmo-col-owner');
        owner.setAttribute('data-field', 'ownerKey');
        if (risk.ownerKey) {
            owner.appendChild(el('span', 'pmo-owner-name', risk.ownerName || risk.ownerKey)).title = risk.ownerKey;
        } else {
            owner.appendChild(el('span', 'pmo-muted', t('pmo.risk.table.unassigned')));
        }
        tr.appendChild(inlineEditable(owner, risk));

        const status = el('td', 'pmo-col-status');
        status.setAttribute('data-field', 'status');
        status.appendChild(lozenge(label('pmo.risk.status.', risk.status), statusLozengeClass(risk.status)));
        tr.appendChild(inlineEditable(status, risk));

        const strategy = el('td', 'pmo-col-strategy');
        if (risk.strategy) {
            strategy.textContent = label('pmo.risk.strategy.', risk.strategy);
        } else {
            strategy.appendChild(el('span', 'pmo-muted', t('pmo.risk.table.none')));
        }
        tr.appendChild(strategy);

        const review = el('td', 'pmo-col-date');
        review.setAttribute('data-field', 'nextReviewDate');
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
        tr.appendChild(inlineEditable(review, risk));

        const emv = el('td', 'pmo-col-money');
        if (risk.expectedMonetaryValue !== null && risk.expectedMonetaryValue !== undefined) {
            emv.textContent = formatMoney(risk.expectedMonetaryValue, state.currency);
            if (risk.residualExpectedMonetaryValue !== null && risk.residualExpectedMonetaryValue !== undefined) {
                emv.title = t('pmo.risk.table.residual.emv',
                    formatMoney(risk.residualExpectedMonetaryValue, state.currency));
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

    /* ------------------------------------------------------------------ inline edit */

    // The fields a PUT body carries (RiskBody): a risk from the list is sent back whole, with one field changed.
    const BODY_FIELDS = ['title', 'description', 'category', 'cause', 'effect', 'kind', 'probability', 'impact',
        'ownerKey', 'status', 'strategy', 'responsePlan', 'contingencyPlan', 'trigger', 'proximityDate',
        'lastReviewDate', 'nextReviewDate', 'residualProbability', 'residualImpact', 'costImpact',
        'linkedIssueKeys', 'version'];

    /**
     * Makes a cell (status, owner, next review) editable in place, as AUI's inline edit: for those who may edit, a
     * click or Enter opens an editor in the cell; Enter or leaving it saves, Esc cancels. Others get the cell as is.
     */
    function inlineEditable(td, risk) {
        if (!config.canEdit) {
            return td;
        }
        const field = td.getAttribute('data-field');
        const trigger = el('span', 'pmo-inline-trigger');
        trigger.tabIndex = 0;
        trigger.setAttribute('role', 'button');
        trigger.setAttribute('aria-label', t('pmo.risk.inline.edit', fieldLabel(field), risk.title));
        trigger.title = t('pmo.risk.inline.hint');
        while (td.firstChild) {
            trigger.appendChild(td.firstChild);
        }
        trigger.appendChild(el('span', 'aui-icon aui-icon-small aui-iconfont-edit pmo-inline-pencil'))
            .setAttribute('aria-hidden', 'true');
        td.appendChild(trigger);
        td.classList.add('pmo-inline-editable');
        trigger.addEventListener('click', function (event) {
            if (event.target.closest && event.target.closest('a')) {
                return;
            }
            startInlineEdit(td, risk);
        });
        trigger.addEventListener('keydown', function (event) {
            if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                startInlineEdit(td, risk);
            }
        });
        return td;
    }

    function inlineEditor(field, risk) {
        if (field === 'status') {
            const select = el('select', 'select pmo-inline-input');
            const options = byId('pmo-status-options');
            if (options && options.content) {
                select.appendChild(document.importNode(options.content, true));
            }
            select.value = risk.status;
            return select;
        }
        const input = el('input', 'text pmo-inline-input');
        if (field === 'nextReviewDate') {
            input.type = 'date';
            input.value = risk.nextReviewDate || '';
        } else {
            input.type = 'text';
            input.maxLength = 255;
            input.autocomplete = 'off';
            input.spellcheck = false;
            input.value = risk.ownerKey || '';
        }
        return input;
    }

    function startInlineEdit(td, risk) {
        if (td.querySelector('.pmo-inline-form')) {
            return;
        }
        const field = td.getAttribute('data-field');
        const original = risk[field] === null || risk[field] === undefined ? '' : String(risk[field]);
        const shown = Array.prototype.slice.call(td.childNodes);
        shown.forEach(function (node) {
            node.hidden = true;
        });
        const form = el('div', 'pmo-inline-form');
        const input = inlineEditor(field, risk);
        input.setAttribute('aria-label', t('pmo.risk.inline.edit', fieldLabel(field), risk.title));
        input.setAttribute('data-inline-field', field);
        const message = el('div', 'pmo-inline-message');
        message.id = 'pmo-inline-message-' + risk.id + '-' + field;
        message.setAttribute('role', 'alert');
        message.hidden = true;
        input.setAttribute('aria-describedby', message.id);
        form.appendChild(input);
        form.appendChild(message);
        td.appendChild(form);
        td.classList.add('pmo-inline-editing');
        let picker = null;
        if (field === 'ownerKey') {
            picker = PMO.userPicker(input, contextPath());
        }
        let finished = false;

        function restore(focusTrigger) {
            finished = true;
            if (picker) {
                picker.close();
            }
            form.remove();
            td.classList.remove('pmo-inline-editing');
            shown.forEach(function (node) {
                node.hidden = false;
            });
            const trigger = td.querySelector('.pmo-inline-trigger');
            if (focusTrigger && trigger) {
                trigger.focus();
            }
        }

        async function save(focusAfter) {
            if (finished) {
                return;
            }
            const value = input.value.trim();
            if (value === original) {
                restore(focusAfter);
                return;
            }
            finished = true;
            input.disabled = true;
            td.setAttribute('aria-busy', 'true');
            message.hidden = false;
            message.className = 'pmo-inline-message pmo-muted';
            message.textContent = t('pmo.risk.inline.saving');
            const body = {};
            BODY_FIELDS.forEach(function (name) {
                body[name] = risk[name] === undefined ? null : risk[name];
            });
            body[field] = value === '' ? null : value;
            const result = await api('PUT', '/risks/' + encodeURIComponent(risk.id), body, undefined, []);
            td.removeAttribute('aria-busy');
            if (result.ok && result.data) {
                const row = replaceRow(result.data);
                announce(row, field, 'success', t('pmo.risk.inline.saved', fieldLabel(field)), focusAfter);
                loadHeatMaps();
                return;
            }
            let late = result;
            const merge = result.status === 409 && result.data ? result.data : null;
            if (merge && merge.merged && Array.isArray(merge.conflicts) && merge.conflicts.length === 0) {
                // Someone saved first but changed other fields: the server's three-way merge puts this change on
                // top of theirs, as the dialog does, so neither is lost and nothing needs asking.
                const again = await api('PUT', '/risks/' + encodeURIComponent(risk.id), merge.merged, undefined, []);
                if (again.ok && again.data) {
                    const row = replaceRow(again.data);
                    announce(row, field, 'success', t('pmo.risk.inline.merged', fieldLabel(field),
                        whoSaved(result.current)), focusAfter);
                    loadHeatMaps();
                    return;
                }
                late = again.status === 409 && again.current ? again : result;
            }
            if (late.status === 409 && late.current) {
                // Someone saved this field first: the row shows the risk as it is now, and says what became of it.
                const current = late.current;
                const row = replaceRow(current);
                announce(row, field, 'warning', t('pmo.risk.inline.conflict', fieldLabel(field), whoSaved(current),
                    displayValue(field, current)), focusAfter);
                loadHeatMaps();
                return;
            }
            finished = false;
            input.disabled = false;
            message.className = 'pmo-inline-message error';
            if (result.status === 400) {
                const errors = result.fieldErrors || [];
                const mine = errors.filter(function (error) {
                    return String(error.field || '') === field;
                });
                const shownErrors = mine.length ? mine : errors;
                message.textContent = shownErrors.map(function (error) {
                    return mine.length ? error.message : fieldLabel(error.field) + ': ' + error.message;
                }).join(' ') || t('pmo.risk.inline.failed', describeFailure(result).text);
                input.setAttribute('aria-invalid', 'true');
            } else {
                message.textContent = t('pmo.risk.inline.failed', describeFailure(result).text);
            }
            input.focus();
        }

        function whoSaved(current) {
            return current.updatedByName || current.updatedBy || t('pmo.risk.inline.conflict.someone');
        }

        input.addEventListener('keydown', function (event) {
            if (event.defaultPrevented) {
                // The user picker took the key (a pick, or closing its list).
                return;
            }
            if (event.key === 'Enter') {
                event.preventDefault();
                save(true);
            } else if (event.key === 'Escape') {
                event.preventDefault();
                event.stopPropagation();
                if (!input.disabled) {
                    restore(true);
                }
            }
        });
        input.addEventListener('blur', function () {
            // A click on a suggestion keeps the focus (the picker uses mousedown), so blur means "done here".
            setTimeout(function () {
                if (!finished && document.activeElement !== input) {
                    save(false);
                }
            }, 0);
        });
        input.focus();
    }

    function displayValue(field, risk) {
        const value = risk[field];
        if (value === null || value === undefined || value === '') {
            return t('pmo.risk.inline.none');
        }
        if (field === 'status') {
            return label('pmo.risk.status.', value);
        }
        if (field === 'ownerKey') {
            return risk.ownerName || value;
        }
        if (field === 'nextReviewDate') {
            return formatDate(value);
        }
        return String(value);
    }

    /** Draws a risk's row again from the risk as the server answered it, in place, and answers the new row. */
    function replaceRow(risk) {
        const index = state.risks.findIndex(function (shown) {
            return shown.id === risk.id;
        });
        if (index >= 0) {
            state.risks[index] = risk;
        }
        const old = document.querySelector('#pmo-risk-table tbody tr[data-risk-id="' + Number(risk.id) + '"]');
        const row = riskRow(risk);
        if (old) {
            old.replaceWith(row);
        }
        return row;
    }

    /** A short message under a row's cell after an inline save (saved, or someone else's value). */
    function announce(row, field, type, text, focusTrigger) {
        const td = row.querySelector('td[data-field="' + field + '"]');
        if (!td) {
            return;
        }
        const note = el('div', 'pmo-inline-message pmo-inline-' + type, text);
        note.setAttribute('role', type === 'warning' ? 'alert' : 'status');
        note.setAttribute('data-inline-result', type);
        td.appendChild(note);
        const trigger = td.querySelector('.pmo-inline-trigger');
        if (focusTrigger && trigger) {
            trigger.focus();
        }
    }

    /* ------------------------------------------------------------------ heat-map fold */

    /** The heat maps fold away (a details element); the choice is kept in this browser for the next visit. */
    function bindHeatMapFold() {
        const fold = byId('pmo-heatmaps-fold');
        if (!fold) {
            return;
        }
        let kept = null;
        try {
            kept = window.localStorage.getItem(HEATMAP_FOLD_KEY);
        } catch (e) {
            // Storage may be off (private windows, policies): the maps then start open.
        }
        if (kept === 'closed' || kept === 'open') {
            fold.open = kept === 'open';
        }
        fold.addEventListener('toggle', function () {
            try {
                window.localStorage.setItem(HEATMAP_FOLD_KEY, fold.open ? 'open' : 'closed');
            } catch (e) {
                // Not kept, then; the page works the same.
            }
        });
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
            riskDialog.openRisk(Number(link.getAttribute('data-risk-id')), link);
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
            riskDialog.updateScorePreview();
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
        writeUrlState(true);
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

    /* ------------------------------------------------------------------ dialog messages (risk and settings) */

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
            currency: node.getAttribute('data-currency') || null,
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
        riskDialog = riskPage.riskDialog({
            byId: byId, el: el, clear: clear, t: t, label: label, fieldLabel: fieldLabel, api: api,
            projectPath: projectPath, contextPath: contextPath, describeFailure: describeFailure, notify: notify,
            notifyFailure: notifyFailure, showMessageIn: showMessageIn, showFieldErrorsIn: showFieldErrorsIn,
            markStale: markStale, markFresh: markFresh, writeUrlState: writeUrlState, refreshAll: refreshAll,
            state: state, config: config
        });
        const riskId = readUrlState();
        state.currency = config.currency;
        bindHeatMapFold();
        bindHistory();
        syncFilterControls();
        bindFilters();
        bindSortHeaders();
        bindTable();
        riskDialog.bind();
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
            riskDialog.openRisk(riskId, null);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
