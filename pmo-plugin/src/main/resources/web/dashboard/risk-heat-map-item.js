/*
 * Dashboard item "Risk heat map" (dashboard-item risk-heat-map-item): the live risks of one project by probability
 * and impact, as GET /rest/pmo/1.0/projects/{key}/risks/heatmap counts and colours them. Jira calls the AMD module
 * with the item's API; render draws the map, renderEdit the configuration form.
 *
 * Preferences (strings, as Jira stores them): scope ("project" now; "portfolio" once portfolios have heat maps),
 * project (a project key), portfolio (an id, for the later scope), assessment ("inherent" or "residual") and
 * refresh (Jira's refresh field: minutes, or "false"; the dashboard redraws the item that often).
 * They are read as untrusted input: a key that is not a Jira key is treated as a project the viewer cannot see.
 * Every server value reaches the page through textContent.
 */
define('pmo/dashboard/risk-heat-map', [], function () {
    'use strict';

    const STRINGS = {
        'pmo.dashboard.heatmap.title': AJS.I18n.getText('pmo.dashboard.heatmap.title'),
        'pmo.dashboard.heatmap.title.project': AJS.I18n.getText('pmo.dashboard.heatmap.title.project'),
        'pmo.dashboard.heatmap.project': AJS.I18n.getText('pmo.dashboard.heatmap.project'),
        'pmo.dashboard.heatmap.project.choose': AJS.I18n.getText('pmo.dashboard.heatmap.project.choose'),
        'pmo.dashboard.heatmap.assessment': AJS.I18n.getText('pmo.dashboard.heatmap.assessment'),
        'pmo.dashboard.heatmap.inherent': AJS.I18n.getText('pmo.dashboard.heatmap.inherent'),
        'pmo.dashboard.heatmap.residual': AJS.I18n.getText('pmo.dashboard.heatmap.residual'),
        'pmo.dashboard.heatmap.caption.inherent': AJS.I18n.getText('pmo.dashboard.heatmap.caption.inherent'),
        'pmo.dashboard.heatmap.caption.residual': AJS.I18n.getText('pmo.dashboard.heatmap.caption.residual'),
        'pmo.dashboard.heatmap.axis.probability': AJS.I18n.getText('pmo.dashboard.heatmap.axis.probability'),
        'pmo.dashboard.heatmap.axis.impact': AJS.I18n.getText('pmo.dashboard.heatmap.axis.impact'),
        'pmo.dashboard.heatmap.cell': AJS.I18n.getText('pmo.dashboard.heatmap.cell'),
        'pmo.dashboard.heatmap.empty': AJS.I18n.getText('pmo.dashboard.heatmap.empty'),
        'pmo.dashboard.heatmap.unconfigured': AJS.I18n.getText('pmo.dashboard.heatmap.unconfigured'),
        'pmo.dashboard.heatmap.no.projects': AJS.I18n.getText('pmo.dashboard.heatmap.no.projects'),
        'pmo.dashboard.heatmap.no.permission': AJS.I18n.getText('pmo.dashboard.heatmap.no.permission'),
        'pmo.dashboard.heatmap.portfolio.later': AJS.I18n.getText('pmo.dashboard.heatmap.portfolio.later'),
        'pmo.dashboard.heatmap.register': AJS.I18n.getText('pmo.dashboard.heatmap.register'),
        'pmo.dashboard.refresh': AJS.I18n.getText('pmo.dashboard.refresh'),
        'pmo.risk.severity.low': AJS.I18n.getText('pmo.risk.severity.low'),
        'pmo.risk.severity.medium': AJS.I18n.getText('pmo.risk.severity.medium'),
        'pmo.risk.severity.high': AJS.I18n.getText('pmo.risk.severity.high'),
        'pmo.risk.severity.critical': AJS.I18n.getText('pmo.risk.severity.critical'),
        'pmo.dashboard.save': AJS.I18n.getText('pmo.dashboard.save'),
        'pmo.dashboard.cancel': AJS.I18n.getText('pmo.dashboard.cancel'),
        'pmo.dashboard.error.load': AJS.I18n.getText('pmo.dashboard.error.load')
    };
    const SEVERITY_KEYS = {
        low: 'pmo.risk.severity.low',
        medium: 'pmo.risk.severity.medium',
        high: 'pmo.risk.severity.high',
        critical: 'pmo.risk.severity.critical'
    };
    // Jira's default project key pattern, and its maximum length: anything else is not a key we ask about.
    const PROJECT_KEY = /^[A-Z][A-Z0-9_]{0,254}$/;
    const PLUGIN_KEY = 'com.pmosuite.pmo-plugin';
    const el = window.PMO.el;

    function t(key) {
        return window.PMO.format.apply(null, [STRINGS].concat(Array.prototype.slice.call(arguments)));
    }

    function contextPath() {
        return window.AJS && typeof window.AJS.contextPath === 'function' ? window.AJS.contextPath() : '';
    }

    /** Jira hands the item its container as a jQuery object; plain elements are accepted too. */
    function nodeOf(context) {
        return context && context.jquery ? context[0] : context;
    }

    function clear(node) {
        while (node.firstChild) {
            node.removeChild(node.firstChild);
        }
    }

    /** The preferences this item understands, with defaults; unknown values fall back rather than fail. */
    function readPreferences(preferences) {
        const prefs = preferences || {};
        return {
            scope: prefs.scope === 'portfolio' ? 'portfolio' : 'project',
            project: typeof prefs.project === 'string' ? prefs.project : '',
            portfolio: typeof prefs.portfolio === 'string' ? prefs.portfolio : '',
            assessment: prefs.assessment === 'residual' ? 'residual' : 'inherent',
            refresh: typeof prefs.refresh === 'string' ? prefs.refresh : 'false'
        };
    }

    function message(node, type, state, text) {
        const box = el('div', 'aui-message aui-message-' + type + ' pmo-dashboard-state');
        box.setAttribute('data-pmo-state', state);
        box.appendChild(el('p', null, text));
        node.appendChild(box);
        return box;
    }

    function RiskHeatMapItem(API) {
        this.API = API;
    }

    RiskHeatMapItem.prototype.render = function (context, preferences) {
        const API = this.API;
        const node = nodeOf(context);
        const prefs = readPreferences(preferences);
        const self = this;
        // Jira redraws the item every prefs.refresh minutes, or never for "false".
        API.initRefresh(preferences, function () {
            self.render(context, preferences);
        });
        clear(node);
        node.classList.add('pmo-dashboard-item-body');
        API.setTitle(t('pmo.dashboard.heatmap.title'));
        if (prefs.scope === 'portfolio') {
            message(node, 'info', 'portfolio-later', t('pmo.dashboard.heatmap.portfolio.later'));
            API.resize();
            return Promise.resolve();
        }
        if (!prefs.project) {
            message(node, 'info', 'unconfigured', t('pmo.dashboard.heatmap.unconfigured'));
            API.resize();
            return Promise.resolve();
        }
        if (!PROJECT_KEY.test(prefs.project)) {
            message(node, 'warning', 'no-permission', t('pmo.dashboard.heatmap.no.permission', prefs.project));
            API.resize();
            return Promise.resolve();
        }
        const key = prefs.project;
        const base = contextPath();
        API.showLoadingBar();
        return Promise.all([
            window.PMO.rest('GET', base + '/rest/pmo/1.0/projects/' + encodeURIComponent(key) + '/risks/heatmap',
                undefined, {flag: false}),
            window.PMO.rest('GET', base + '/rest/api/2/project/' + encodeURIComponent(key), undefined, {flag: false})
        ]).then(function (results) {
            const map = results[0];
            const project = results[1];
            API.hideLoadingBar();
            clear(node);
            if (map.status === 404 || map.status === 403) {
                message(node, 'warning', 'no-permission', t('pmo.dashboard.heatmap.no.permission', key));
            } else if (!map.ok || !map.data) {
                const failure = window.PMO.describeFailure(map, null, base);
                const box = message(node, 'error', 'error', t('pmo.dashboard.error.load') + ' ' + failure.text);
                if (failure.node) {
                    box.querySelector('p').appendChild(document.createTextNode(' '));
                    box.querySelector('p').appendChild(failure.node);
                }
            } else {
                const name = project.ok && project.data && typeof project.data.name === 'string'
                    ? project.data.name : key;
                API.setTitle(t('pmo.dashboard.heatmap.title.project', name));
                drawMap(node, map.data, prefs.assessment, name, key, base);
            }
            API.resize();
        });
    };

    function drawMap(node, map, assessment, name, key, base) {
        const cells = Array.isArray(map[assessment]) ? map[assessment] : [];
        const size = Number(map.size) || 0;
        const total = cells.reduce(function (sum, cell) {
            return sum + (Number(cell.count) || 0);
        }, 0);
        const wrapper = el('div', 'pmo-dashboard-heatmap');
        wrapper.setAttribute('data-pmo-state', total === 0 ? 'empty' : 'ready');
        wrapper.setAttribute('data-assessment', assessment);
        wrapper.setAttribute('data-total', String(total));
        const table = el('table', 'pmo-dashboard-heatmap-table');
        const caption = el('caption', 'pmo-dashboard-heatmap-caption', t(assessment === 'residual'
            ? 'pmo.dashboard.heatmap.caption.residual' : 'pmo.dashboard.heatmap.caption.inherent', name, total));
        table.appendChild(caption);
        const byPosition = {};
        cells.forEach(function (cell) {
            byPosition[cell.probability + ':' + cell.impact] = cell;
        });
        const body = el('tbody');
        // Highest probability on top, as on the register page.
        for (let p = size; p >= 1; p--) {
            const row = el('tr');
            const header = el('th', 'pmo-dashboard-heatmap-level', p);
            header.scope = 'row';
            row.appendChild(header);
            for (let i = 1; i <= size; i++) {
                const cell = byPosition[p + ':' + i] || {count: 0, severity: 'low'};
                const severity = SEVERITY_KEYS[cell.severity] ? cell.severity : 'low';
                const td = el('td', 'pmo-dashboard-heatmap-cell pmo-severity-' + severity
                    + (cell.count ? '' : ' pmo-dashboard-heatmap-zero'), cell.count);
                td.setAttribute('data-probability', String(p));
                td.setAttribute('data-impact', String(i));
                td.setAttribute('data-count', String(cell.count));
                td.setAttribute('data-severity', severity);
                td.title = t('pmo.dashboard.heatmap.cell', p, i, cell.count, t(SEVERITY_KEYS[severity]));
                row.appendChild(td);
            }
            body.appendChild(row);
        }
        const axis = el('tr');
        axis.appendChild(el('td', 'pmo-dashboard-heatmap-corner'));
        for (let i = 1; i <= size; i++) {
            const header = el('th', 'pmo-dashboard-heatmap-level', i);
            header.scope = 'col';
            axis.appendChild(header);
        }
        body.appendChild(axis);
        table.appendChild(body);
        wrapper.appendChild(el('div', 'pmo-dashboard-heatmap-axis', t('pmo.dashboard.heatmap.axis.probability')
            + ' \u2191 \u00b7 ' + t('pmo.dashboard.heatmap.axis.impact') + ' \u2192'));
        wrapper.appendChild(table);
        node.appendChild(wrapper);
        if (total === 0) {
            message(node, 'info', 'empty', t('pmo.dashboard.heatmap.empty', name));
        }
        const link = el('a', 'pmo-dashboard-register-link', t('pmo.dashboard.heatmap.register'));
        link.href = base + '/projects/' + encodeURIComponent(key) + '?selectedItem='
            + encodeURIComponent(PLUGIN_KEY + ':risk-register-sidebar-link');
        node.appendChild(el('p', 'pmo-dashboard-links')).appendChild(link);
    }

    RiskHeatMapItem.prototype.renderEdit = function (context, preferences) {
        const API = this.API;
        const node = nodeOf(context);
        const prefs = readPreferences(preferences);
        if (!API.isEditable()) {
            API.closeEdit();
            return Promise.resolve();
        }
        clear(node);
        API.showLoadingBar();
        return window.PMO.rest('GET', contextPath() + '/rest/api/2/project', undefined, {flag: false})
            .then(function (result) {
                API.hideLoadingBar();
                clear(node);
                if (!result.ok || !Array.isArray(result.data)) {
                    message(node, 'error', 'error', t('pmo.dashboard.error.load')
                        + ' ' + window.PMO.describeFailure(result, null, contextPath()).text);
                    return;
                }
                const projects = result.data.filter(function (p) {
                    return p && typeof p.key === 'string' && typeof p.name === 'string';
                }).sort(function (a, b) {
                    return a.name.localeCompare(b.name);
                });
                if (projects.length === 0) {
                    message(node, 'info', 'no-projects', t('pmo.dashboard.heatmap.no.projects'));
                }
                node.appendChild(editForm(API, projects, prefs));
                API.resize();
            });
    };

    function editForm(API, projects, prefs) {
        const id = 'pmo-heatmap-' + API.getGadgetId();
        const form = el('form', 'aui pmo-dashboard-edit');
        form.noValidate = true;
        const projectGroup = form.appendChild(el('div', 'field-group'));
        const label = projectGroup.appendChild(el('label', null, t('pmo.dashboard.heatmap.project')));
        label.htmlFor = id + '-project';
        const select = projectGroup.appendChild(el('select', 'select'));
        select.id = id + '-project';
        select.name = 'project';
        select.required = true;
        const none = select.appendChild(el('option', null, t('pmo.dashboard.heatmap.project.choose')));
        none.value = '';
        projects.forEach(function (project) {
            const option = select.appendChild(el('option', null, project.name + ' (' + project.key + ')'));
            option.value = project.key;
            option.selected = project.key === prefs.project;
        });
        const fieldset = form.appendChild(el('fieldset', 'group'));
        fieldset.appendChild(el('legend')).appendChild(el('span', null, t('pmo.dashboard.heatmap.assessment')));
        ['inherent', 'residual'].forEach(function (value) {
            const radio = fieldset.appendChild(el('div', 'radio'));
            const input = radio.appendChild(el('input', 'radio'));
            input.type = 'radio';
            input.name = 'assessment';
            input.value = value;
            input.id = id + '-' + value;
            input.checked = prefs.assessment === value;
            const text = radio.appendChild(el('label', null, t('pmo.dashboard.heatmap.' + (value === 'residual'
                ? 'residual' : 'inherent'))));
            text.htmlFor = input.id;
        });
        const refreshGroup = form.appendChild(el('div', 'checkbox'));
        const refresh = refreshGroup.appendChild(el('input', 'checkbox'));
        refresh.type = 'checkbox';
        refresh.name = 'refresh';
        refresh.id = id + '-refresh';
        refresh.checked = prefs.refresh !== 'false' && prefs.refresh !== '';
        refreshGroup.appendChild(el('label', null, t('pmo.dashboard.refresh'))).htmlFor = refresh.id;
        const buttons = form.appendChild(el('div', 'buttons-container'))
            .appendChild(el('div', 'buttons'));
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
            if (!select.value) {
                select.focus();
                return;
            }
            const checked = form.querySelector('input[name="assessment"]:checked');
            API.savePreferences({
                scope: 'project',
                project: select.value,
                assessment: checked && checked.value === 'residual' ? 'residual' : 'inherent',
                refresh: API.getRefreshFieldValue('refresh')
            });
        });
        return form;
    }

    return RiskHeatMapItem;
});
