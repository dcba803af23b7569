/*
 * Dashboard item "Risk heat map" (dashboard-item risk-heat-map-item): the live risks of one project, or of a
 * portfolio's projects the viewer may browse, by probability and impact, as
 * GET /rest/pmo/1.0/projects/{key}/risks/heatmap and GET /rest/pmo/1.0/portfolios/{id}/risks/heatmap count and colour
 * them. A portfolio whose projects use different scales is drawn as one map per scale, as the server sends it; a
 * cell that projects band differently is drawn "mixed", never in a severity some of its projects do not give it.
 * Jira calls the AMD module with the item's API; render draws the map, renderEdit the configuration form.
 *
 * Preferences (strings, as Jira stores them): scope ("project" or "portfolio"), project (a project key), portfolio
 * (a portfolio id), assessment ("inherent" or "residual") and refresh (Jira's refresh field: minutes, or "false";
 * the dashboard redraws the item that often). They are read as untrusted input: a key that is not a Jira key, or an
 * id that is not digits, is treated as something the viewer cannot see. Every server value reaches the page through
 * textContent.
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
        'pmo.dashboard.heatmap.title.portfolio': AJS.I18n.getText('pmo.dashboard.heatmap.title.portfolio'),
        'pmo.dashboard.heatmap.scope': AJS.I18n.getText('pmo.dashboard.heatmap.scope'),
        'pmo.dashboard.heatmap.scope.project': AJS.I18n.getText('pmo.dashboard.heatmap.scope.project'),
        'pmo.dashboard.heatmap.scope.portfolio': AJS.I18n.getText('pmo.dashboard.heatmap.scope.portfolio'),
        'pmo.dashboard.heatmap.portfolio': AJS.I18n.getText('pmo.dashboard.heatmap.portfolio'),
        'pmo.dashboard.heatmap.portfolio.choose': AJS.I18n.getText('pmo.dashboard.heatmap.portfolio.choose'),
        'pmo.dashboard.heatmap.portfolio.unconfigured':
            AJS.I18n.getText('pmo.dashboard.heatmap.portfolio.unconfigured'),
        'pmo.dashboard.heatmap.portfolio.no.permission':
            AJS.I18n.getText('pmo.dashboard.heatmap.portfolio.no.permission'),
        'pmo.dashboard.heatmap.portfolio.none': AJS.I18n.getText('pmo.dashboard.heatmap.portfolio.none'),
        'pmo.dashboard.heatmap.portfolio.empty': AJS.I18n.getText('pmo.dashboard.heatmap.portfolio.empty'),
        'pmo.dashboard.heatmap.scale.caption': AJS.I18n.getText('pmo.dashboard.heatmap.scale.caption'),
        'pmo.dashboard.heatmap.scale.projects': AJS.I18n.getText('pmo.dashboard.heatmap.scale.projects'),
        'pmo.dashboard.heatmap.hidden': AJS.I18n.getText('pmo.dashboard.heatmap.hidden'),
        'pmo.dashboard.heatmap.hidden.one': AJS.I18n.getText('pmo.dashboard.heatmap.hidden.one'),
        'pmo.dashboard.heatmap.mixed': AJS.I18n.getText('pmo.dashboard.heatmap.mixed'),
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
    // A portfolio id is an AO id: a positive long, so at most 18 digits here.
    const PORTFOLIO_ID = /^[1-9][0-9]{0,17}$/;
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
        return PMO.stateMessage(node, 'pmo-dashboard-state', type, state, text);
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
            return renderPortfolio(API, node, prefs);
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
        const total = countOf(cells);
        const wrapper = el('div', 'pmo-dashboard-heatmap');
        wrapper.setAttribute('data-pmo-state', total === 0 ? 'empty' : 'ready');
        wrapper.setAttribute('data-assessment', assessment);
        wrapper.setAttribute('data-total', String(total));
        wrapper.appendChild(axisLegend());
        wrapper.appendChild(table(cells, Number(map.size) || 0, t(assessment === 'residual'
            ? 'pmo.dashboard.heatmap.caption.residual' : 'pmo.dashboard.heatmap.caption.inherent', name, total)));
        node.appendChild(wrapper);
        if (total === 0) {
            message(node, 'info', 'empty', t('pmo.dashboard.heatmap.empty', name));
        }
        const link = el('a', 'pmo-dashboard-register-link', t('pmo.dashboard.heatmap.register'));
        link.href = base + '/projects/' + encodeURIComponent(key) + '?selectedItem='
            + encodeURIComponent(PLUGIN_KEY + ':risk-register-sidebar-link');
        node.appendChild(el('p', 'pmo-dashboard-links')).appendChild(link);
    }

    function countOf(cells) {
        return cells.reduce(function (sum, cell) {
            return sum + (Number(cell.count) || 0);
        }, 0);
    }

    function axisLegend() {
        return el('div', 'pmo-dashboard-heatmap-axis', t('pmo.dashboard.heatmap.axis.probability')
            + ' \u2191 \u00b7 ' + t('pmo.dashboard.heatmap.axis.impact') + ' \u2192');
    }

    /**
     * One size x size matrix. A cell's severity is the one the server names; a portfolio cell its projects band
     * differently comes with severity null and the list of what they make of it, and is drawn "mixed".
     */
    function table(cells, size, captionText) {
        const matrix = el('table', 'pmo-dashboard-heatmap-table');
        matrix.setAttribute('data-size', String(size));
        matrix.appendChild(el('caption', 'pmo-dashboard-heatmap-caption', captionText));
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
                row.appendChild(tableCell(byPosition[p + ':' + i] || {count: 0, severity: 'low'}, p, i));
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
        matrix.appendChild(body);
        return matrix;
    }

    function tableCell(cell, p, i) {
        return window.PMO.heatMapCell(cell, p, i, {prefix: 'pmo-dashboard-heatmap', severities: SEVERITY_KEYS, t: t,
            cell: 'pmo.dashboard.heatmap.cell', mixed: 'pmo.dashboard.heatmap.mixed'});
    }

    function renderPortfolio(API, node, prefs) {
        if (!prefs.portfolio) {
            message(node, 'info', 'unconfigured', t('pmo.dashboard.heatmap.portfolio.unconfigured'));
            API.resize();
            return Promise.resolve();
        }
        if (!PORTFOLIO_ID.test(prefs.portfolio)) {
            message(node, 'warning', 'no-permission', t('pmo.dashboard.heatmap.portfolio.no.permission',
                prefs.portfolio));
            API.resize();
            return Promise.resolve();
        }
        const base = contextPath();
        API.showLoadingBar();
        return window.PMO.rest('GET', base + '/rest/pmo/1.0/portfolios/' + prefs.portfolio
            + '/risks/heatmap?assessment=' + prefs.assessment, undefined, {flag: false}).then(function (result) {
            API.hideLoadingBar();
            clear(node);
            if (result.status === 404 || result.status === 403) {
                message(node, 'warning', 'no-permission', t('pmo.dashboard.heatmap.portfolio.no.permission',
                    prefs.portfolio));
            } else if (!result.ok || !result.data || typeof result.data !== 'object') {
                message(node, 'error', 'error', t('pmo.dashboard.error.load') + ' '
                    + window.PMO.describeFailure(result, null, base).text);
            } else {
                const name = typeof result.data.name === 'string' ? result.data.name : prefs.portfolio;
                API.setTitle(t('pmo.dashboard.heatmap.title.portfolio', name));
                drawPortfolio(node, result.data, prefs.assessment, name);
            }
            API.resize();
        });
    }

    function drawPortfolio(node, map, assessment, name) {
        const scales = Array.isArray(map.scales) ? map.scales : [];
        let total = 0;
        scales.forEach(function (scale) {
            total += countOf(Array.isArray(scale.cells) ? scale.cells : []);
        });
        const wrapper = el('div', 'pmo-dashboard-heatmap pmo-dashboard-heatmap-portfolio');
        wrapper.setAttribute('data-pmo-state', total === 0 ? 'empty' : 'ready');
        wrapper.setAttribute('data-assessment', assessment);
        wrapper.setAttribute('data-total', String(total));
        wrapper.appendChild(axisLegend());
        scales.forEach(function (scale) {
            const size = Number(scale.size) || 0;
            const cells = Array.isArray(scale.cells) ? scale.cells : [];
            const projects = (Array.isArray(scale.projects) ? scale.projects : []).map(function (project) {
                return project && typeof project.name === 'string' ? project.name : '';
            });
            const section = wrapper.appendChild(el('div', 'pmo-dashboard-heatmap-scale'));
            section.setAttribute('data-size', String(size));
            section.appendChild(table(cells, size, scales.length > 1
                ? t('pmo.dashboard.heatmap.scale.caption', size, countOf(cells))
                : t(assessment === 'residual' ? 'pmo.dashboard.heatmap.caption.residual'
                    : 'pmo.dashboard.heatmap.caption.inherent', name, countOf(cells))));
            section.appendChild(el('p', 'pmo-dashboard-heatmap-projects',
                t('pmo.dashboard.heatmap.scale.projects', projects.join(', '))));
        });
        node.appendChild(wrapper);
        if (scales.length === 0) {
            message(node, 'info', 'empty', t('pmo.dashboard.heatmap.portfolio.none', name));
        } else if (total === 0) {
            message(node, 'info', 'empty', t('pmo.dashboard.heatmap.portfolio.empty', name));
        }
        const hidden = Number(map.hiddenProjects) || 0;
        if (hidden > 0) {
            const note = node.appendChild(el('p', 'pmo-dashboard-heatmap-hidden', hidden === 1
                ? t('pmo.dashboard.heatmap.hidden.one') : t('pmo.dashboard.heatmap.hidden', hidden)));
            note.setAttribute('data-hidden', String(hidden));
        }
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
        const base = contextPath();
        return Promise.all([
            window.PMO.rest('GET', base + '/rest/api/2/project', undefined, {flag: false}),
            window.PMO.rest('GET', base + '/rest/pmo/1.0/portfolios', undefined, {flag: false})
        ]).then(function (results) {
            API.hideLoadingBar();
            clear(node);
            const failed = results.filter(function (result) {
                return !result.ok || !Array.isArray(result.data);
            });
            if (failed.length > 0) {
                message(node, 'error', 'error', t('pmo.dashboard.error.load')
                    + ' ' + window.PMO.describeFailure(failed[0], null, base).text);
                return;
            }
            const projects = results[0].data.filter(function (p) {
                return p && typeof p.key === 'string' && typeof p.name === 'string';
            }).sort(function (a, b) {
                return a.name.localeCompare(b.name);
            });
            const portfolios = results[1].data.filter(function (p) {
                return p && typeof p.id === 'number' && typeof p.name === 'string';
            }).sort(function (a, b) {
                return a.name.localeCompare(b.name);
            });
            if (projects.length === 0) {
                message(node, 'info', 'no-projects', t('pmo.dashboard.heatmap.no.projects'));
            }
            node.appendChild(editForm(API, projects, portfolios, prefs));
            API.resize();
        });
    };

    function picker(form, id, name, label, choose, choices, selected) {
        const group = form.appendChild(el('div', 'field-group pmo-dashboard-' + name + '-group'));
        group.appendChild(el('label', null, label)).htmlFor = id + '-' + name;
        const select = group.appendChild(el('select', 'select'));
        select.id = id + '-' + name;
        select.name = name;
        select.appendChild(el('option', null, choose)).value = '';
        choices.forEach(function (choice) {
            const option = select.appendChild(el('option', null, choice.label));
            option.value = choice.value;
            option.selected = choice.value === selected;
        });
        return {group: group, select: select};
    }

    function radios(form, id, name, legend, values, labels, checkedValue) {
        const fieldset = form.appendChild(el('fieldset', 'group'));
        fieldset.appendChild(el('legend')).appendChild(el('span', null, legend));
        values.forEach(function (value, index) {
            const radio = fieldset.appendChild(el('div', 'radio'));
            const input = radio.appendChild(el('input', 'radio'));
            input.type = 'radio';
            input.name = name;
            input.value = value;
            input.id = id + '-' + name + '-' + value;
            input.checked = checkedValue === value;
            radio.appendChild(el('label', null, labels[index])).htmlFor = input.id;
        });
        return fieldset;
    }

    function editForm(API, projects, portfolios, prefs) {
        const id = 'pmo-heatmap-' + API.getGadgetId();
        const form = el('form', 'aui pmo-dashboard-edit');
        form.noValidate = true;
        radios(form, id, 'scope', t('pmo.dashboard.heatmap.scope'), ['project', 'portfolio'],
            [t('pmo.dashboard.heatmap.scope.project'), t('pmo.dashboard.heatmap.scope.portfolio')], prefs.scope);
        const project = picker(form, id, 'project', t('pmo.dashboard.heatmap.project'),
            t('pmo.dashboard.heatmap.project.choose'), projects.map(function (p) {
                return {value: p.key, label: p.name + ' (' + p.key + ')'};
            }), prefs.project);
        const portfolio = picker(form, id, 'portfolio', t('pmo.dashboard.heatmap.portfolio'),
            t('pmo.dashboard.heatmap.portfolio.choose'), portfolios.map(function (p) {
                return {value: String(p.id), label: p.name};
            }), prefs.portfolio);
        function scope() {
            const checked = form.querySelector('input[name="scope"]:checked');
            return checked && checked.value === 'portfolio' ? 'portfolio' : 'project';
        }
        function showScope() {
            project.group.style.display = scope() === 'project' ? '' : 'none';
            portfolio.group.style.display = scope() === 'portfolio' ? '' : 'none';
            API.resize();
        }
        form.querySelectorAll('input[name="scope"]').forEach(function (input) {
            input.addEventListener('change', showScope);
        });
        showScope();
        radios(form, id, 'assessment', t('pmo.dashboard.heatmap.assessment'), ['inherent', 'residual'],
            [t('pmo.dashboard.heatmap.inherent'), t('pmo.dashboard.heatmap.residual')], prefs.assessment);
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
            const chosen = scope() === 'portfolio' ? portfolio.select : project.select;
            if (!chosen.value) {
                chosen.focus();
                return;
            }
            const checked = form.querySelector('input[name="assessment"]:checked');
            API.savePreferences({
                scope: scope(),
                project: project.select.value,
                portfolio: portfolio.select.value,
                assessment: checked && checked.value === 'residual' ? 'residual' : 'inherent',
                refresh: API.getRefreshFieldValue('refresh')
            });
        });
        return form;
    }

    return RiskHeatMapItem;
});
