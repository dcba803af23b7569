/*
 * The Portfolio page (servlet pmo-portfolio-page): a picker of the portfolios the reader may see
 * (GET /portfolios), then the chosen portfolio's rollup (GET /portfolios/{id}/rollup?depth=0) as a tree table whose
 * projects open their epics on demand (GET /projects/{key}/rollup?depth=1) and whose epics open their issues
 * (GET /issues/{key}/rollup), the EVM tiles of the row chosen (the portfolio at first), the hidden-projects notice,
 * the S-curve and burn-up from GET /portfolios/{id}/trend, and the CSV export link.
 */
(function (window, document) {
    'use strict';

    const STRINGS = {
        'pmo.portfolio.page.choose': AJS.I18n.getText('pmo.portfolio.page.choose'),
        'pmo.portfolio.page.none': AJS.I18n.getText('pmo.portfolio.page.none'),
        'pmo.portfolio.page.unavailable': AJS.I18n.getText('pmo.portfolio.page.unavailable'),
        'pmo.portfolio.page.error': AJS.I18n.getText('pmo.portfolio.page.error'),
        'pmo.portfolio.page.figures.of': AJS.I18n.getText('pmo.portfolio.page.figures.of'),
        'pmo.portfolio.page.trend.empty': AJS.I18n.getText('pmo.portfolio.page.trend.empty'),
        'pmo.portfolio.page.scurve': AJS.I18n.getText('pmo.portfolio.page.scurve'),
        'pmo.portfolio.page.burnup': AJS.I18n.getText('pmo.portfolio.page.burnup'),
        'pmo.compliance.portfolio.link': AJS.I18n.getText('pmo.compliance.portfolio.link'),
        'pmo.portfolio.risks.link': AJS.I18n.getText('pmo.portfolio.risks.link')
    };
    // A portfolio id is an AO id: a positive long, at most 18 digits here.
    const PROJECT_KEY = /^[A-Z][A-Z0-9_]{0,254}$/;
    const ISSUE_KEY = /^[A-Za-z][A-Za-z0-9_]*-[0-9]{1,18}$/;
    const PMO = window.PMO;
    const el = PMO.el;
    const view = PMO.rollupView;

    function t(key) {
        return PMO.format.apply(null, [STRINGS].concat(Array.prototype.slice.call(arguments)));
    }

    function clear(node) {
        while (node.firstChild) {
            node.removeChild(node.firstChild);
        }
    }

    function message(node, type, state, text) {
        return PMO.stateMessage(node, 'pmo-portfolio-state', type, state, text);
    }

    function start(root) {
        const rest = root.getAttribute('data-rest-url');
        const contextPath = root.getAttribute('data-context-path') || '';
        const picker = document.getElementById('pmo-portfolio-picker');
        const content = document.getElementById('pmo-portfolio-content');
        const initial = root.getAttribute('data-selected') || '';

        function get(path) {
            return PMO.rest('GET', rest + path, undefined, {flag: false, contextPath: contextPath});
        }

        PMO.portfolioPicker({rest: rest, contextPath: contextPath, root: root, picker: picker, initial: initial,
            show: show,
            message: function (type, state, text) {
                message(content, type, state, text);
            },
            texts: {error: t('pmo.portfolio.page.error'), none: t('pmo.portfolio.page.none'),
                choose: t('pmo.portfolio.page.choose')}});

        let shown = 0;

        function show(id) {
            const ticket = ++shown;
            clear(content);
            root.setAttribute('data-pmo-state', 'loading');
            get('portfolios/' + id + '/rollup?depth=0').then(function (result) {
                if (ticket !== shown) {
                    return;
                }
                if (result.status === 404 || result.status === 403) {
                    root.setAttribute('data-pmo-state', 'unavailable');
                    message(content, 'warning', 'unavailable', t('pmo.portfolio.page.unavailable'));
                    return;
                }
                if (!result.ok || !result.data || typeof result.data !== 'object') {
                    root.setAttribute('data-pmo-state', 'error');
                    message(content, 'error', 'error', t('pmo.portfolio.page.error') + ' '
                        + PMO.describeFailure(result, null, contextPath).text);
                    return;
                }
                draw(id, result.data);
                root.setAttribute('data-pmo-state', 'ready');
            });
        }

        function load(node) {
            const level = typeof node.level === 'string' ? node.level.toLowerCase() : '';
            const key = String(node.issueKey || node.key || '');
            if (level === 'project' && PROJECT_KEY.test(key)) {
                return get('projects/' + encodeURIComponent(key) + '/rollup?depth=1').then(childrenOf);
            }
            if (ISSUE_KEY.test(key)) {
                return get('issues/' + encodeURIComponent(key) + '/rollup').then(childrenOf);
            }
            return Promise.resolve({children: []});
        }

        function childrenOf(result) {
            return result.ok && result.data ? result.data : {children: []};
        }

        function draw(id, rollup) {
            const hidden = view.hiddenNotice(rollup);
            if (hidden) {
                content.appendChild(hidden);
            }
            const head = content.appendChild(el('div', 'pmo-portfolio-head'));
            head.appendChild(el('h2', 'pmo-portfolio-name', typeof rollup.name === 'string' ? rollup.name : id));
            head.appendChild(view.ragChip(rollup));
            const csv = head.appendChild(el('a', 'aui-button pmo-portfolio-csv',
                root.getAttribute('data-csv-label')));
            csv.href = rest + 'portfolios/' + id + '/rollup.csv';
            csv.setAttribute('download', '');
            // The portfolio's compliance table is its own page (projects x standards need the full width).
            head.appendChild(el('a', 'aui-button pmo-portfolio-compliance-link', t('pmo.compliance.portfolio.link')))
                .href = contextPath + '/plugins/servlet/pmo/compliance?id=' + id;
            // So is its risk view: EMV per currency, top risks, overdue reviews, heat maps and every risk.
            head.appendChild(el('a', 'aui-button pmo-portfolio-risks-link', t('pmo.portfolio.risks.link')))
                .href = contextPath + '/plugins/servlet/pmo/portfolio-risks?id=' + id;

            const figures = content.appendChild(el('section', 'pmo-portfolio-figures'));
            figures.setAttribute('aria-live', 'polite');
            const showFigures = function (node) {
                clear(figures);
                const label = view.labelOf(node);
                figures.setAttribute('data-key', String(node.key || ''));
                figures.appendChild(el('h3', 'pmo-portfolio-figures-title',
                    t('pmo.portfolio.page.figures.of', label.name || label.key)));
                figures.appendChild(view.evmTiles(node));
            };
            showFigures(rollup);

            content.appendChild(view.treeTable(rollup, {includeRoot: true, load: load, onSelect: showFigures}));

            const charts = content.appendChild(el('section', 'pmo-portfolio-charts'));
            drawTrend(id, charts);
        }

        function drawTrend(id, charts) {
            get('portfolios/' + id + '/trend').then(function (result) {
                const trend = result.ok && result.data && Array.isArray(result.data.snapshots) ? result.data : null;
                if (!trend || trend.snapshots.length === 0) {
                    charts.setAttribute('data-pmo-state', 'empty');
                    message(charts, 'info', 'trend-empty', t('pmo.portfolio.page.trend.empty'));
                    return;
                }
                charts.setAttribute('data-pmo-state', 'ready');
                const sCurve = charts.appendChild(el('div', 'pmo-portfolio-chart pmo-portfolio-scurve'));
                const burnUp = charts.appendChild(el('div', 'pmo-portfolio-chart pmo-portfolio-burnup'));
                PMO.charts.sCurve(sCurve, trend, {title: t('pmo.portfolio.page.scurve')});
                PMO.charts.burnUp(burnUp, trend, {title: t('pmo.portfolio.page.burnup')});
                // Why figures are missing or made up (backfilled days without AC, the demo's invented weeks).
                const notes = Array.isArray(trend.notes) ? trend.notes.filter(function (note) {
                    return typeof note === 'string';
                }) : [];
                if (notes.length) {
                    const list = charts.appendChild(el('ul', 'pmo-portfolio-trend-notes'));
                    notes.forEach(function (note) {
                        list.appendChild(el('li', null, note));
                    });
                }
            });
        }
    }

    PMO.startPage('pmo-portfolio-page', start);
})(window, document);
