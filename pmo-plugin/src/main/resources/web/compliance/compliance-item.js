/*
 * Dashboard item "Compliance" (dashboard-item compliance-item): a portfolio's compliance score and RAG and its
 * worst standards, from GET /rest/pmo/1.0/portfolios/{id}/compliance ({score, rag, hiddenProjects,
 * worstStandards:[{standard:{id, name, severity}, failingProjects, total}], name, …}). The score is a percent
 * with one decimal, shown as sent; nothing is computed here.
 *
 * Preferences (strings Jira stores per item; read and checked here, never trusted): portfolio (its id, digits),
 * worst (how many worst standards to list, 1 to 10, 5 when missing). A 404 (no such portfolio, or one the viewer
 * may not see: the API does not tell them apart) shows the "not available" state.
 */
define('pmo/dashboard/compliance', [], function () {
    'use strict';

    const STRINGS = {
        'pmo.dashboard.compliance.title': AJS.I18n.getText('pmo.dashboard.compliance.title'),
        'pmo.dashboard.compliance.title.portfolio': AJS.I18n.getText('pmo.dashboard.compliance.title.portfolio'),
        'pmo.dashboard.compliance.portfolio': AJS.I18n.getText('pmo.dashboard.compliance.portfolio'),
        'pmo.dashboard.compliance.portfolio.choose': AJS.I18n.getText('pmo.dashboard.compliance.portfolio.choose'),
        'pmo.dashboard.compliance.worst': AJS.I18n.getText('pmo.dashboard.compliance.worst'),
        'pmo.dashboard.compliance.worst.hint': AJS.I18n.getText('pmo.dashboard.compliance.worst.hint'),
        'pmo.dashboard.compliance.no.portfolios': AJS.I18n.getText('pmo.dashboard.compliance.no.portfolios'),
        'pmo.dashboard.compliance.unconfigured': AJS.I18n.getText('pmo.dashboard.compliance.unconfigured'),
        'pmo.dashboard.compliance.unavailable': AJS.I18n.getText('pmo.dashboard.compliance.unavailable'),
        'pmo.dashboard.compliance.worst.title': AJS.I18n.getText('pmo.dashboard.compliance.worst.title'),
        'pmo.dashboard.compliance.worst.none': AJS.I18n.getText('pmo.dashboard.compliance.worst.none'),
        'pmo.dashboard.compliance.worst.line': AJS.I18n.getText('pmo.dashboard.compliance.worst.line'),
        'pmo.dashboard.compliance.table': AJS.I18n.getText('pmo.dashboard.compliance.table'),
        'pmo.compliance.portfolio.hidden': AJS.I18n.getText('pmo.compliance.portfolio.hidden'),
        'pmo.compliance.portfolio.hidden.one': AJS.I18n.getText('pmo.compliance.portfolio.hidden.one'),
        'pmo.dashboard.save': AJS.I18n.getText('pmo.dashboard.save'),
        'pmo.dashboard.cancel': AJS.I18n.getText('pmo.dashboard.cancel'),
        'pmo.dashboard.error.load': AJS.I18n.getText('pmo.dashboard.error.load')
    };
    // A portfolio id is an AO id: a positive long, so at most 18 digits here.
    const PORTFOLIO_ID = /^[1-9][0-9]{0,17}$/;
    const WORST = /^([1-9]|10)$/;
    const DEFAULT_WORST = 5;
    const PMO = window.PMO;
    const el = PMO.el;
    const view = PMO.complianceView;

    function t(key) {
        return PMO.format.apply(null, [STRINGS].concat(Array.prototype.slice.call(arguments)));
    }

    const contextPath = PMO.dashboardItem.contextPath;
    const nodeOf = PMO.dashboardItem.nodeOf;

    const message = PMO.dashboardItem.message;

    function preference(preferences, name) {
        return preferences && typeof preferences[name] === 'string' ? preferences[name] : '';
    }

    function worstOf(preferences) {
        const worst = preference(preferences, 'worst');
        return WORST.test(worst) ? Number(worst) : DEFAULT_WORST;
    }

    function ComplianceItem(API) {
        this.API = API;
    }

    ComplianceItem.prototype.render = function (context, preferences) {
        const API = this.API;
        const node = nodeOf(context);
        const id = preference(preferences, 'portfolio');
        node.replaceChildren();
        node.classList.add('pmo-dashboard-item-body');
        API.setTitle(t('pmo.dashboard.compliance.title'));
        if (!id) {
            message(node, 'info', 'unconfigured', t('pmo.dashboard.compliance.unconfigured'));
            API.resize();
            return Promise.resolve();
        }
        if (!PORTFOLIO_ID.test(id)) {
            message(node, 'warning', 'unavailable', t('pmo.dashboard.compliance.unavailable', id));
            API.resize();
            return Promise.resolve();
        }
        API.showLoadingBar();
        return PMO.rest('GET', contextPath() + '/rest/pmo/1.0/portfolios/' + id + '/compliance', undefined,
            {flag: false}).then(function (result) {
            API.hideLoadingBar();
            node.replaceChildren();
            if (result.status === 404 || result.status === 403) {
                message(node, 'warning', 'unavailable', t('pmo.dashboard.compliance.unavailable', id));
            } else if (!result.ok || !result.data || typeof result.data !== 'object') {
                message(node, 'error', 'error', t('pmo.dashboard.error.load') + ' '
                    + PMO.describeFailure(result, null, contextPath()).text);
            } else {
                const name = typeof result.data.name === 'string' ? result.data.name : id;
                API.setTitle(t('pmo.dashboard.compliance.title.portfolio', name));
                draw(node, id, result.data, worstOf(preferences));
            }
            API.resize();
        });
    };

    function draw(node, id, compliance, worst) {
        const box = node.appendChild(el('div', 'pmo-dashboard-compliance'));
        box.setAttribute('data-pmo-state', 'ready');
        box.appendChild(el('div', 'pmo-dashboard-compliance-head')).appendChild(
            view.scoreChip(compliance.score, compliance.rag));

        box.appendChild(el('h4', null, t('pmo.dashboard.compliance.worst.title')));
        const standards = (Array.isArray(compliance.worstStandards) ? compliance.worstStandards : [])
            .filter(function (entry) {
                return entry && entry.standard && typeof entry.standard === 'object';
            }).slice(0, worst);
        if (standards.length === 0) {
            box.appendChild(el('p', 'pmo-dashboard-compliance-none', t('pmo.dashboard.compliance.worst.none')));
        } else {
            const list = box.appendChild(el('ol', 'pmo-dashboard-compliance-worst'));
            standards.forEach(function (entry) {
                const item = list.appendChild(el('li'));
                item.setAttribute('data-standard-id', view.text(entry.standard.id));
                item.appendChild(view.severityLozenge(entry.standard.severity));
                item.appendChild(document.createTextNode(' '));
                item.appendChild(el('strong', 'pmo-dashboard-compliance-standard', view.text(entry.standard.name)));
                const figures = t('pmo.dashboard.compliance.worst.line', view.count(entry.failingProjects),
                    view.count(entry.total));
                item.appendChild(el('span', 'pmo-dashboard-compliance-figures', ' ' + figures));
            });
        }
        const hidden = view.count(compliance.hiddenProjects);
        if (hidden > 0) {
            const note = box.appendChild(el('p', 'pmo-dashboard-health-hidden', hidden === 1
                ? t('pmo.compliance.portfolio.hidden.one') : t('pmo.compliance.portfolio.hidden', hidden)));
            note.setAttribute('data-hidden', String(hidden));
        }
        const link = box.appendChild(el('p', 'pmo-dashboard-links')).appendChild(el('a',
            'pmo-dashboard-compliance-table', t('pmo.dashboard.compliance.table')));
        link.href = contextPath() + '/plugins/servlet/pmo/compliance?id=' + id;
    }

    ComplianceItem.prototype.renderEdit = function (context, preferences) {
        const API = this.API;
        return PMO.dashboardItem.editPortfolios(API, context, {error: t('pmo.dashboard.error.load'),
            none: t('pmo.dashboard.compliance.no.portfolios')}, function (portfolios) {
            return editForm(API, portfolios, preferences);
        });
    };

    /** A picker of the portfolios the viewer may see and how many worst standards to list. */
    function editForm(API, portfolios, preferences) {
        const chosen = preference(preferences, 'portfolio');
        const prefix = 'pmo-compliance-' + API.getGadgetId();
        const form = el('form', 'aui pmo-dashboard-edit');
        form.noValidate = true;
        const group = form.appendChild(el('div', 'field-group'));
        group.appendChild(el('label', null, t('pmo.dashboard.compliance.portfolio'))).htmlFor = prefix + '-portfolio';
        const select = group.appendChild(el('select', 'select'));
        select.id = prefix + '-portfolio';
        select.name = 'portfolio';
        select.required = true;
        select.appendChild(el('option', null, t('pmo.dashboard.compliance.portfolio.choose'))).value = '';
        portfolios.forEach(function (portfolio) {
            const option = select.appendChild(el('option', null, portfolio.name));
            option.value = String(portfolio.id);
            option.selected = option.value === chosen;
        });
        const worstGroup = form.appendChild(el('div', 'field-group'));
        worstGroup.appendChild(el('label', null, t('pmo.dashboard.compliance.worst'))).htmlFor = prefix + '-worst';
        const worst = worstGroup.appendChild(el('select', 'select short-field'));
        worst.id = prefix + '-worst';
        worst.name = 'worst';
        for (let n = 1; n <= 10; n++) {
            const option = worst.appendChild(el('option', null, String(n)));
            option.value = String(n);
            option.selected = n === worstOf(preferences);
        }
        const hint = worstGroup.appendChild(el('div', 'description', t('pmo.dashboard.compliance.worst.hint')));
        hint.id = prefix + '-worst-hint';
        worst.setAttribute('aria-describedby', hint.id);
        const buttons = form.appendChild(el('div', 'buttons-container')).appendChild(el('div', 'buttons'));
        const save = buttons.appendChild(el('button', 'aui-button aui-button-primary pmo-dashboard-save',
            t('pmo.dashboard.save')));
        save.type = 'submit';
        const cancel = buttons.appendChild(el('button', 'aui-button aui-button-link pmo-dashboard-cancel',
            t('pmo.dashboard.cancel')));
        cancel.type = 'button';
        cancel.addEventListener('click', function () {
            API.closeEdit();
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            if (!PORTFOLIO_ID.test(select.value)) {
                select.focus();
                return;
            }
            API.savePreferences({portfolio: select.value, worst: WORST.test(worst.value) ? worst.value
                : String(DEFAULT_WORST)});
        });
        return form;
    }

    return ComplianceItem;
});
