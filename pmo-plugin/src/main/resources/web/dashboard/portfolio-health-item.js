/*
 * Dashboard item "Portfolio health" (dashboard-item portfolio-health-item): a portfolio's RAG status with its top
 * reasons, SPI and CPI, and progress, from the root of GET /rest/pmo/1.0/portfolios/{id}/rollup (a tree of nodes
 * {key, name, level, counts, progress:{byCount, byPoints, byTime}, evm:{…, spi, cpi, …}, rag:{status, reasons},
 * riskExposure, hiddenProjects, children}). Status is green, amber, red or grey (nothing could be judged); progress
 * fractions (0 to 1) and indices are decimal strings with 4 places, rounded here half up from the string itself,
 * never through floating point; a value the server leaves null is shown as "not defined", never computed here.
 *
 * Preferences: portfolio (the portfolio's id, digits), chosen from GET /rest/pmo/1.0/portfolios. A 404 (no such
 * portfolio, or one the viewer may not see: the API does not tell them apart) shows the "not available" state.
 */
define('pmo/dashboard/portfolio-health', [], function () {
    'use strict';

    const STRINGS = {
        'pmo.dashboard.health.title': AJS.I18n.getText('pmo.dashboard.health.title'),
        'pmo.dashboard.health.title.portfolio': AJS.I18n.getText('pmo.dashboard.health.title.portfolio'),
        'pmo.dashboard.health.portfolio': AJS.I18n.getText('pmo.dashboard.health.portfolio'),
        'pmo.dashboard.health.portfolio.choose': AJS.I18n.getText('pmo.dashboard.health.portfolio.choose'),
        'pmo.dashboard.health.no.portfolios': AJS.I18n.getText('pmo.dashboard.health.no.portfolios'),
        'pmo.dashboard.health.unconfigured': AJS.I18n.getText('pmo.dashboard.health.unconfigured'),
        'pmo.dashboard.health.unavailable': AJS.I18n.getText('pmo.dashboard.health.unavailable'),
        'pmo.dashboard.health.spi': AJS.I18n.getText('pmo.dashboard.health.spi'),
        'pmo.dashboard.health.cpi': AJS.I18n.getText('pmo.dashboard.health.cpi'),
        'pmo.dashboard.health.progress': AJS.I18n.getText('pmo.dashboard.health.progress'),
        'pmo.dashboard.health.progress.points': AJS.I18n.getText('pmo.dashboard.health.progress.points'),
        'pmo.dashboard.health.progress.time': AJS.I18n.getText('pmo.dashboard.health.progress.time'),
        'pmo.dashboard.health.progress.count': AJS.I18n.getText('pmo.dashboard.health.progress.count'),
        'pmo.dashboard.health.reasons': AJS.I18n.getText('pmo.dashboard.health.reasons'),
        'pmo.dashboard.health.no.reasons': AJS.I18n.getText('pmo.dashboard.health.no.reasons'),
        'pmo.dashboard.health.children': AJS.I18n.getText('pmo.dashboard.health.children'),
        'pmo.dashboard.health.hidden': AJS.I18n.getText('pmo.dashboard.health.hidden'),
        'pmo.dashboard.health.hidden.one': AJS.I18n.getText('pmo.dashboard.health.hidden.one'),
        'pmo.dashboard.health.undefined': AJS.I18n.getText('pmo.dashboard.health.undefined'),
        'pmo.dashboard.health.rag.green': AJS.I18n.getText('pmo.dashboard.health.rag.green'),
        'pmo.dashboard.health.rag.amber': AJS.I18n.getText('pmo.dashboard.health.rag.amber'),
        'pmo.dashboard.health.rag.red': AJS.I18n.getText('pmo.dashboard.health.rag.red'),
        'pmo.dashboard.health.rag.grey': AJS.I18n.getText('pmo.dashboard.health.rag.grey'),
        'pmo.dashboard.health.rag.none': AJS.I18n.getText('pmo.dashboard.health.rag.none'),
        'pmo.dashboard.save': AJS.I18n.getText('pmo.dashboard.save'),
        'pmo.dashboard.cancel': AJS.I18n.getText('pmo.dashboard.cancel'),
        'pmo.dashboard.error.load': AJS.I18n.getText('pmo.dashboard.error.load')
    };
    const RAG = {
        green: {key: 'pmo.dashboard.health.rag.green', lozenge: 'aui-lozenge-success'},
        amber: {key: 'pmo.dashboard.health.rag.amber', lozenge: 'aui-lozenge-moved'},
        red: {key: 'pmo.dashboard.health.rag.red', lozenge: 'aui-lozenge-error'},
        grey: {key: 'pmo.dashboard.health.rag.grey', lozenge: ''}
    };
    // A portfolio id is an AO id: a positive long, so at most 18 digits here.
    const PORTFOLIO_ID = /^[1-9][0-9]{0,17}$/;
    const MAX_REASONS = 5;
    const el = window.PMO.el;

    function t(key) {
        return window.PMO.format.apply(null, [STRINGS].concat(Array.prototype.slice.call(arguments)));
    }

    const contextPath = window.PMO.dashboardItem.contextPath;
    const nodeOf = window.PMO.dashboardItem.nodeOf;

    function clear(node) {
        while (node.firstChild) {
            node.removeChild(node.firstChild);
        }
    }

    const message = window.PMO.dashboardItem.message;

    /** A number the server sent (JSON number or decimal string), or null when it sent none. */
    function numberOf(value) {
        if (value === null || value === undefined || value === '') {
            return null;
        }
        const number = Number(value);
        return Number.isFinite(number) ? number : null;
    }

    /**
     * A decimal the server sent (string, or a JSON number) times 10^places, rounded half up, as a whole number; null
     * when it sent none. Done on the digits: 0.845 has no exact binary form, and Number(...).toFixed(2) gives 0.84.
     */
    function scaledHalfUp(value, places) {
        const match = /^(-?)([0-9]{1,15})(?:\.([0-9]{1,30}))?$/.exec(value === null || value === undefined
            ? '' : String(value));
        if (!match) {
            return null;
        }
        const fraction = (match[3] || '') + '0'.repeat(places + 1);
        let scaled = Number(match[2] + fraction.slice(0, places));
        if (fraction.charAt(places) >= '5') {
            scaled += 1;
        }
        return match[1] === '-' && scaled !== 0 ? -scaled : scaled;
    }

    /** A whole number of hundredths as a decimal with two places: 84 as "0.84". */
    function hundredths(scaled) {
        const digits = String(Math.abs(scaled)).padStart(3, '0');
        return (scaled < 0 ? '-' : '') + digits.slice(0, -2) + '.' + digits.slice(-2);
    }

    function ragOf(node) {
        const status = node && node.rag && typeof node.rag.status === 'string' ? node.rag.status.toLowerCase() : '';
        return RAG[status] ? status : null;
    }

    function lozenge(status) {
        const rag = status ? RAG[status] : null;
        const span = el('span', 'aui-lozenge pmo-dashboard-rag ' + (rag ? rag.lozenge : ''),
            t(rag ? rag.key : 'pmo.dashboard.health.rag.none'));
        span.setAttribute('data-rag', status || 'none');
        return span;
    }

    function PortfolioHealthItem(API) {
        this.API = API;
    }

    PortfolioHealthItem.prototype.render = function (context, preferences) {
        const API = this.API;
        const node = nodeOf(context);
        const id = preferences && typeof preferences.portfolio === 'string' ? preferences.portfolio : '';
        clear(node);
        node.classList.add('pmo-dashboard-item-body');
        API.setTitle(t('pmo.dashboard.health.title'));
        if (!id) {
            message(node, 'info', 'unconfigured', t('pmo.dashboard.health.unconfigured'));
            API.resize();
            return Promise.resolve();
        }
        if (!PORTFOLIO_ID.test(id)) {
            message(node, 'warning', 'unavailable', t('pmo.dashboard.health.unavailable', id));
            API.resize();
            return Promise.resolve();
        }
        API.showLoadingBar();
        return window.PMO.rest('GET', contextPath() + '/rest/pmo/1.0/portfolios/' + id + '/rollup', undefined,
            {flag: false}).then(function (result) {
            API.hideLoadingBar();
            clear(node);
            if (result.status === 404 || result.status === 403) {
                message(node, 'warning', 'unavailable', t('pmo.dashboard.health.unavailable', id));
            } else if (!result.ok || !result.data || typeof result.data !== 'object') {
                message(node, 'error', 'error', t('pmo.dashboard.error.load') + ' '
                    + window.PMO.describeFailure(result, null, contextPath()).text);
            } else {
                const name = typeof result.data.name === 'string' ? result.data.name : id;
                API.setTitle(t('pmo.dashboard.health.title.portfolio', name));
                drawHealth(node, result.data);
            }
            API.resize();
        });
    };

    function drawHealth(node, root) {
        const health = el('div', 'pmo-dashboard-health');
        health.setAttribute('data-pmo-state', 'ready');
        const head = health.appendChild(el('div', 'pmo-dashboard-health-head'));
        head.appendChild(lozenge(ragOf(root)));
        const evm = root.evm || {};
        head.appendChild(index('spi', t('pmo.dashboard.health.spi'), scaledHalfUp(evm.spi, 2)));
        head.appendChild(index('cpi', t('pmo.dashboard.health.cpi'), scaledHalfUp(evm.cpi, 2)));
        health.appendChild(progress(root.progress || {}));

        health.appendChild(el('h4', null, t('pmo.dashboard.health.reasons')));
        const reasons = topReasons(root);
        if (reasons.length === 0) {
            health.appendChild(el('p', 'pmo-dashboard-health-none', t('pmo.dashboard.health.no.reasons')));
        } else {
            const list = health.appendChild(el('ul', 'pmo-dashboard-health-reasons'));
            reasons.forEach(function (reason) {
                const item = list.appendChild(el('li'));
                if (reason.node !== root) {
                    item.appendChild(el('strong', null, reason.node.name));
                    item.appendChild(document.createTextNode(': '));
                }
                item.appendChild(document.createTextNode(reason.text));
            });
        }

        const children = Array.isArray(root.children) ? root.children : [];
        if (children.length > 0) {
            health.appendChild(el('h4', null, t('pmo.dashboard.health.children')));
            const list = health.appendChild(el('ul', 'pmo-dashboard-health-children'));
            children.forEach(function (child) {
                const item = list.appendChild(el('li'));
                item.setAttribute('data-key', typeof child.key === 'string' ? child.key : '');
                item.appendChild(lozenge(ragOf(child)));
                item.appendChild(document.createTextNode(' '));
                item.appendChild(el('span', null, typeof child.name === 'string' ? child.name : ''));
            });
        }
        const hidden = numberOf(root.hiddenProjects);
        if (hidden) {
            const note = health.appendChild(el('p', 'pmo-dashboard-health-hidden', hidden === 1
                ? t('pmo.dashboard.health.hidden.one') : t('pmo.dashboard.health.hidden', hidden)));
            note.setAttribute('data-hidden', String(hidden));
        }
        node.appendChild(health);
    }

    function index(name, label, value) {
        const box = el('span', 'pmo-dashboard-health-index');
        box.setAttribute('data-index', name);
        box.appendChild(el('span', 'pmo-dashboard-health-index-label', label));
        box.appendChild(el('span', 'pmo-dashboard-health-index-value', value === null
            ? t('pmo.dashboard.health.undefined') : hundredths(value)));
        return box;
    }

    /** Progress on the basis earned value uses: points, else time, else issue count. */
    function progress(values) {
        const bases = [['byPoints', 'pmo.dashboard.health.progress.points'],
            ['byTime', 'pmo.dashboard.health.progress.time'], ['byCount', 'pmo.dashboard.health.progress.count']];
        const box = el('div', 'pmo-dashboard-health-progress');
        for (let i = 0; i < bases.length; i++) {
            const value = scaledHalfUp(values[bases[i][0]], 2);
            if (value !== null) {
                const percent = Math.min(100, Math.max(0, value));
                box.setAttribute('data-basis', bases[i][0]);
                box.setAttribute('data-percent', String(percent));
                box.appendChild(el('span', 'pmo-dashboard-health-progress-label',
                    t('pmo.dashboard.health.progress') + ' ' + percent + '% ' + t(bases[i][1])));
                const bar = box.appendChild(el('div', 'pmo-dashboard-health-bar'));
                bar.setAttribute('role', 'progressbar');
                bar.setAttribute('aria-valuemin', '0');
                bar.setAttribute('aria-valuemax', '100');
                bar.setAttribute('aria-valuenow', String(percent));
                bar.appendChild(el('span', 'pmo-dashboard-health-bar-fill')).style.width = percent + '%';
                return box;
            }
        }
        box.setAttribute('data-basis', 'none');
        box.appendChild(el('span', 'pmo-dashboard-health-progress-label',
            t('pmo.dashboard.health.progress') + ' ' + t('pmo.dashboard.health.undefined')));
        return box;
    }

    /** The root's reasons first, then those of red children before amber ones, at most MAX_REASONS. */
    function topReasons(root) {
        const found = [];
        function add(node) {
            const reasons = node && node.rag && Array.isArray(node.rag.reasons) ? node.rag.reasons : [];
            reasons.forEach(function (text) {
                if (typeof text === 'string') {
                    found.push({node: node, text: text});
                }
            });
        }
        add(root);
        const children = Array.isArray(root.children) ? root.children : [];
        ['red', 'amber'].forEach(function (status) {
            children.filter(function (child) {
                return ragOf(child) === status;
            }).forEach(add);
        });
        return found.slice(0, MAX_REASONS);
    }

    PortfolioHealthItem.prototype.renderEdit = function (context, preferences) {
        const API = this.API;
        return window.PMO.dashboardItem.editPortfolios(API, context, {error: t('pmo.dashboard.error.load'),
            none: t('pmo.dashboard.health.no.portfolios')}, function (portfolios) {
            return editForm(API, portfolios, preferences);
        });
    };

    /** A picker of the portfolios the viewer may see (GET /portfolios answers only those). */
    function editForm(API, portfolios, preferences) {
        const chosen = preferences && typeof preferences.portfolio === 'string' ? preferences.portfolio : '';
        const fieldId = 'pmo-health-' + API.getGadgetId() + '-portfolio';
        const form = el('form', 'aui pmo-dashboard-edit');
        form.noValidate = true;
        const group = form.appendChild(el('div', 'field-group'));
        group.appendChild(el('label', null, t('pmo.dashboard.health.portfolio'))).htmlFor = fieldId;
        const select = group.appendChild(el('select', 'select'));
        select.id = fieldId;
        select.name = 'portfolio';
        select.required = true;
        select.appendChild(el('option', null, t('pmo.dashboard.health.portfolio.choose'))).value = '';
        portfolios.forEach(function (portfolio) {
            const option = select.appendChild(el('option', null, portfolio.name));
            option.value = String(portfolio.id);
            option.selected = option.value === chosen;
        });
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
            API.savePreferences({portfolio: select.value});
        });
        return form;
    }

    return PortfolioHealthItem;
});
