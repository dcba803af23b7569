/*
 * The portfolio compliance table (servlet pmo-portfolio-compliance): a picker of the portfolios the reader may see
 * (GET /portfolios), then GET /portfolios/{id}/compliance as a table of projects x standards. Each cell says its
 * outcome in a word (and the offender count), is coloured by it, carries a full accessible label, and opens the
 * project's Compliance page at that standard. The portfolio score heads the page; projects the reader may not see
 * are counted, not shown.
 */
(function (window, document) {
    'use strict';

    const STRINGS = {
        'pmo.portfolio.page.choose': AJS.I18n.getText('pmo.portfolio.page.choose'),
        'pmo.compliance.portfolio.none': AJS.I18n.getText('pmo.compliance.portfolio.none'),
        'pmo.compliance.portfolio.unavailable': AJS.I18n.getText('pmo.compliance.portfolio.unavailable'),
        'pmo.compliance.portfolio.error': AJS.I18n.getText('pmo.compliance.portfolio.error'),
        'pmo.compliance.portfolio.empty': AJS.I18n.getText('pmo.compliance.portfolio.empty'),
        'pmo.compliance.portfolio.no.standards': AJS.I18n.getText('pmo.compliance.portfolio.no.standards'),
        'pmo.compliance.portfolio.hidden': AJS.I18n.getText('pmo.compliance.portfolio.hidden'),
        'pmo.compliance.portfolio.hidden.one': AJS.I18n.getText('pmo.compliance.portfolio.hidden.one'),
        'pmo.compliance.portfolio.column.project': AJS.I18n.getText('pmo.compliance.portfolio.column.project'),
        'pmo.compliance.portfolio.column.score': AJS.I18n.getText('pmo.compliance.portfolio.column.score'),
        'pmo.compliance.portfolio.caption': AJS.I18n.getText('pmo.compliance.portfolio.caption'),
        'pmo.compliance.portfolio.not.scanned': AJS.I18n.getText('pmo.compliance.portfolio.not.scanned'),
        'pmo.compliance.portfolio.cell.label': AJS.I18n.getText('pmo.compliance.portfolio.cell.label'),
        'pmo.compliance.portfolio.cell.label.count': AJS.I18n.getText('pmo.compliance.portfolio.cell.label.count'),
        'pmo.compliance.portfolio.legend': AJS.I18n.getText('pmo.compliance.portfolio.legend'),
        'pmo.compliance.csv': AJS.I18n.getText('pmo.compliance.csv'),
        'pmo.compliance.cell.passed': AJS.I18n.getText('pmo.compliance.cell.passed'),
        'pmo.compliance.cell.failed': AJS.I18n.getText('pmo.compliance.cell.failed'),
        'pmo.compliance.cell.waived': AJS.I18n.getText('pmo.compliance.cell.waived'),
        'pmo.compliance.cell.not_applicable': AJS.I18n.getText('pmo.compliance.cell.not_applicable'),
        'pmo.compliance.cell.error': AJS.I18n.getText('pmo.compliance.cell.error'),
        'pmo.compliance.cell.none': AJS.I18n.getText('pmo.compliance.cell.none')
    };
    const CELL = {
        passed: 'pmo.compliance.cell.passed',
        failed: 'pmo.compliance.cell.failed',
        waived: 'pmo.compliance.cell.waived',
        not_applicable: 'pmo.compliance.cell.not_applicable',
        error: 'pmo.compliance.cell.error',
        none: 'pmo.compliance.cell.none'
    };
    const ANCHOR = 'pmo-compliance-standard-';
    const PMO = window.PMO;
    const el = PMO.el;
    const view = PMO.complianceView;

    function t(key) {
        return PMO.format.apply(null, [STRINGS].concat(Array.prototype.slice.call(arguments)));
    }

    function message(node, type, state, text) {
        return PMO.stateMessage(node, 'pmo-compliance-state', type, state, text);
    }

    const objects = PMO.objects;

    function start(root) {
        const rest = root.getAttribute('data-rest-url');
        const contextPath = root.getAttribute('data-context-path') || '';
        const projectPageItem = root.getAttribute('data-project-page-item') || '';
        const picker = document.getElementById('pmo-compliance-portfolio-picker');
        const content = document.getElementById('pmo-portfolio-compliance-content');
        const initial = root.getAttribute('data-selected') || '';
        const portfolioPage = document.getElementById('pmo-compliance-portfolio-page');

        function projectPage(projectKey) {
            return contextPath + '/projects/' + encodeURIComponent(projectKey) + '?selectedItem='
                + encodeURIComponent(projectPageItem);
        }

        PMO.portfolioPicker({rest: rest, contextPath: contextPath, root: root, picker: picker, initial: initial,
            show: show,
            message: function (type, state, text) {
                message(content, type, state, text);
            },
            texts: {error: t('pmo.compliance.portfolio.error'), none: t('pmo.compliance.portfolio.none'),
                choose: t('pmo.portfolio.page.choose')}});

        let shown = 0;

        function show(id) {
            const ticket = ++shown;
            content.replaceChildren();
            root.setAttribute('data-pmo-state', 'loading');
            if (portfolioPage) {
                portfolioPage.href = root.getAttribute('data-portfolio-page') + '?id=' + id;
            }
            PMO.rest('GET', rest + 'portfolios/' + id + '/compliance', undefined,
                {flag: false, contextPath: contextPath}).then(function (result) {
                if (ticket !== shown) {
                    return;
                }
                if (result.status === 404 || result.status === 403) {
                    root.setAttribute('data-pmo-state', 'unavailable');
                    message(content, 'warning', 'unavailable', t('pmo.compliance.portfolio.unavailable'));
                    return;
                }
                if (!result.ok || !result.data || typeof result.data !== 'object') {
                    root.setAttribute('data-pmo-state', 'error');
                    message(content, 'error', 'error', t('pmo.compliance.portfolio.error') + ' '
                        + PMO.describeFailure(result, null, contextPath).text);
                    return;
                }
                const name = typeof result.data.name === 'string' ? result.data.name
                    : (picker.options[picker.selectedIndex] ? picker.options[picker.selectedIndex].text : id);
                root.setAttribute('data-pmo-state', draw(id, name, result.data));
            });
        }

        function draw(id, name, compliance) {
            const head = content.appendChild(el('div', 'pmo-portfolio-head pmo-compliance-head'));
            head.appendChild(el('h2', 'pmo-portfolio-name', name));
            head.appendChild(view.scoreChip(compliance.score, compliance.rag));
            const csv = head.appendChild(el('a', 'aui-button pmo-compliance-csv', t('pmo.compliance.csv')));
            csv.href = rest + 'portfolios/' + id + '/compliance.csv';
            csv.setAttribute('download', '');

            const hidden = view.count(compliance.hiddenProjects);
            if (hidden > 0) {
                const note = content.appendChild(el('p', 'pmo-compliance-hidden', hidden === 1
                    ? t('pmo.compliance.portfolio.hidden.one') : t('pmo.compliance.portfolio.hidden', hidden)));
                note.setAttribute('data-hidden', String(hidden));
            }
            const standards = objects(compliance.standards);
            const projects = objects(compliance.projects);
            if (projects.length === 0) {
                message(content, 'info', 'empty', t('pmo.compliance.portfolio.empty'));
                return 'empty';
            }
            if (standards.length === 0) {
                message(content, 'info', 'no-standards', t('pmo.compliance.portfolio.no.standards'));
            }
            content.appendChild(table(standards, projects));
            content.appendChild(legend());
            return 'ready';
        }

        function table(standards, projects) {
            const wrapper = el('div', 'pmo-table-wrapper pmo-compliance-matrix-wrapper');
            wrapper.setAttribute('tabindex', '0');
            wrapper.setAttribute('role', 'region');
            wrapper.setAttribute('aria-labelledby', 'pmo-compliance-matrix-caption');
            const grid = wrapper.appendChild(el('table', 'aui pmo-compliance-matrix'));
            const caption = grid.appendChild(el('caption', 'assistive',
                t('pmo.compliance.portfolio.caption')));
            caption.id = 'pmo-compliance-matrix-caption';
            const headRow = grid.appendChild(el('thead')).appendChild(el('tr'));
            headRow.appendChild(el('th', 'pmo-compliance-matrix-project',
                t('pmo.compliance.portfolio.column.project'))).scope = 'col';
            headRow.appendChild(el('th', 'pmo-compliance-matrix-score',
                t('pmo.compliance.portfolio.column.score'))).scope = 'col';
            standards.forEach(function (standard) {
                const th = headRow.appendChild(el('th', 'pmo-compliance-matrix-standard'));
                th.scope = 'col';
                th.setAttribute('data-standard-id', view.text(standard.id));
                th.appendChild(el('span', 'pmo-compliance-matrix-standard-name', view.text(standard.name)));
                th.appendChild(view.severityLozenge(standard.severity));
            });
            const body = grid.appendChild(el('tbody'));
            projects.forEach(function (project) {
                body.appendChild(row(project, standards));
            });
            return wrapper;
        }

        function row(project, standards) {
            const key = view.text(project.key);
            const tr = el('tr', 'pmo-compliance-matrix-row');
            tr.setAttribute('data-key', key);
            const th = tr.appendChild(el('th', 'pmo-compliance-matrix-project'));
            th.scope = 'row';
            const link = th.appendChild(el('a', 'pmo-compliance-project-link'));
            link.href = projectPage(key);
            link.appendChild(el('span', 'pmo-compliance-project-key', key));
            link.appendChild(el('span', 'pmo-compliance-project-name', view.text(project.name)));
            const score = tr.appendChild(el('td', 'pmo-compliance-matrix-score'));
            score.appendChild(view.scoreChip(project.score, project.rag));
            if (!view.text(project.scannedAt)) {
                score.appendChild(el('span', 'pmo-compliance-not-scanned', t('pmo.compliance.portfolio.not.scanned')));
            }
            const cells = project.cells && typeof project.cells === 'object' ? project.cells : {};
            standards.forEach(function (standard) {
                const id = view.text(standard.id);
                const entry = Object.prototype.hasOwnProperty.call(cells, id) && cells[id]
                    && typeof cells[id] === 'object' ? cells[id] : null;
                tr.appendChild(cell(project, standard, entry));
            });
            return tr;
        }

        function cell(project, standard, entry) {
            const outcome = entry ? view.outcomeOf(entry.outcome) : 'none';
            const total = entry ? view.count(entry.total) : 0;
            const td = el('td', 'pmo-compliance-cell pmo-compliance-cell-' + outcome);
            td.setAttribute('data-outcome', outcome);
            td.setAttribute('data-standard-id', view.text(standard.id));
            const word = t(CELL[outcome]) + (outcome === 'failed' && total > 0 ? ' ' + total : '');
            const outcomeWords = entry ? view.outcomeText(entry.outcome) : t('pmo.compliance.cell.none');
            const label = outcome === 'failed' && total > 0
                ? t('pmo.compliance.portfolio.cell.label.count', view.text(project.key), view.text(standard.name),
                    outcomeWords, total)
                : t('pmo.compliance.portfolio.cell.label', view.text(project.key), view.text(standard.name),
                    outcomeWords);
            const link = td.appendChild(el('a', 'pmo-compliance-cell-link', word));
            link.href = projectPage(view.text(project.key)) + '#' + ANCHOR + encodeURIComponent(view.text(standard.id));
            link.setAttribute('aria-label', label);
            link.title = label;
            return td;
        }

        function legend() {
            const box = el('div', 'pmo-compliance-legend');
            box.appendChild(el('span', 'pmo-compliance-legend-title', t('pmo.compliance.portfolio.legend')));
            ['passed', 'failed', 'waived', 'not_applicable', 'error'].forEach(function (outcome) {
                const item = box.appendChild(el('span', 'pmo-compliance-legend-item'));
                item.appendChild(el('span', 'pmo-compliance-cell pmo-compliance-cell-' + outcome
                    + ' pmo-compliance-legend-swatch', t(CELL[outcome])));
                item.appendChild(el('span', null, view.outcomeText(outcome.toUpperCase())));
            });
            return box;
        }
    }

    PMO.startPage('pmo-portfolio-compliance', start);
})(window, document);
