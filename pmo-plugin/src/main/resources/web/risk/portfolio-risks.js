/*
 * A portfolio's risk page (servlet pmo-portfolio-risks): a picker of the portfolios the reader may see
 * (GET /portfolios), then for the chosen one GET /portfolios/{id}/risks/summary (EMV tiles per currency, top risks,
 * overdue reviews), GET /portfolios/{id}/risks/heatmap?assessment=inherent|residual (both heat maps, one matrix per
 * scale) and GET /portfolios/{id}/risks (the list, sorted by its column headers and filtered by project, severity,
 * status, owner and overdue review). Each risk links to its project's register with the risk open. The server
 * answers every question (filters, severities, sums); this script only draws. Filters live in the address, so Back
 * and a shared link show the same list. Every server value reaches the page through textContent.
 */
(function (window, document) {
    'use strict';

    const STRINGS = {
        'pmo.portfolio.page.choose': AJS.I18n.getText('pmo.portfolio.page.choose'),
        'pmo.portfolio.risks.none': AJS.I18n.getText('pmo.portfolio.risks.none'),
        'pmo.portfolio.risks.unavailable': AJS.I18n.getText('pmo.portfolio.risks.unavailable'),
        'pmo.portfolio.risks.error': AJS.I18n.getText('pmo.portfolio.risks.error'),
        'pmo.portfolio.risks.hidden': AJS.I18n.getText('pmo.portfolio.risks.hidden'),
        'pmo.portfolio.risks.hidden.one': AJS.I18n.getText('pmo.portfolio.risks.hidden.one'),
        'pmo.portfolio.risks.emv.title': AJS.I18n.getText('pmo.portfolio.risks.emv.title'),
        'pmo.portfolio.risks.emv.none': AJS.I18n.getText('pmo.portfolio.risks.emv.none'),
        'pmo.portfolio.risks.emv.threats': AJS.I18n.getText('pmo.portfolio.risks.emv.threats'),
        'pmo.portfolio.risks.emv.opportunities': AJS.I18n.getText('pmo.portfolio.risks.emv.opportunities'),
        'pmo.portfolio.risks.emv.net': AJS.I18n.getText('pmo.portfolio.risks.emv.net'),
        'pmo.portfolio.risks.emv.projects': AJS.I18n.getText('pmo.portfolio.risks.emv.projects'),
        'pmo.portfolio.risks.emv.projects.one': AJS.I18n.getText('pmo.portfolio.risks.emv.projects.one'),
        'pmo.portfolio.risks.emv.note': AJS.I18n.getText('pmo.portfolio.risks.emv.note'),
        'pmo.portfolio.risks.top.title': AJS.I18n.getText('pmo.portfolio.risks.top.title'),
        'pmo.portfolio.risks.top.empty': AJS.I18n.getText('pmo.portfolio.risks.top.empty'),
        'pmo.portfolio.risks.overdue.title': AJS.I18n.getText('pmo.portfolio.risks.overdue.title'),
        'pmo.portfolio.risks.overdue.count': AJS.I18n.getText('pmo.portfolio.risks.overdue.count'),
        'pmo.portfolio.risks.overdue.empty': AJS.I18n.getText('pmo.portfolio.risks.overdue.empty'),
        'pmo.portfolio.risks.overdue.all': AJS.I18n.getText('pmo.portfolio.risks.overdue.all'),
        'pmo.portfolio.risks.overdue.due': AJS.I18n.getText('pmo.portfolio.risks.overdue.due'),
        'pmo.portfolio.risks.overdue.badge': AJS.I18n.getText('pmo.portfolio.risks.overdue.badge'),
        'pmo.portfolio.risks.heatmaps.title': AJS.I18n.getText('pmo.portfolio.risks.heatmaps.title'),
        'pmo.portfolio.risks.heatmap.inherent': AJS.I18n.getText('pmo.portfolio.risks.heatmap.inherent'),
        'pmo.portfolio.risks.heatmap.residual': AJS.I18n.getText('pmo.portfolio.risks.heatmap.residual'),
        'pmo.portfolio.risks.heatmap.caption': AJS.I18n.getText('pmo.portfolio.risks.heatmap.caption'),
        'pmo.portfolio.risks.heatmap.projects': AJS.I18n.getText('pmo.portfolio.risks.heatmap.projects'),
        'pmo.portfolio.risks.heatmap.cell': AJS.I18n.getText('pmo.portfolio.risks.heatmap.cell'),
        'pmo.portfolio.risks.heatmap.mixed': AJS.I18n.getText('pmo.portfolio.risks.heatmap.mixed'),
        'pmo.portfolio.risks.heatmap.axis': AJS.I18n.getText('pmo.portfolio.risks.heatmap.axis'),
        'pmo.portfolio.risks.list.title': AJS.I18n.getText('pmo.portfolio.risks.list.title'),
        'pmo.portfolio.risks.list.caption': AJS.I18n.getText('pmo.portfolio.risks.list.caption'),
        'pmo.portfolio.risks.filter.project': AJS.I18n.getText('pmo.portfolio.risks.filter.project'),
        'pmo.portfolio.risks.filter.severity': AJS.I18n.getText('pmo.portfolio.risks.filter.severity'),
        'pmo.portfolio.risks.filter.status': AJS.I18n.getText('pmo.portfolio.risks.filter.status'),
        'pmo.portfolio.risks.filter.owner': AJS.I18n.getText('pmo.portfolio.risks.filter.owner'),
        'pmo.portfolio.risks.filter.overdue': AJS.I18n.getText('pmo.portfolio.risks.filter.overdue'),
        'pmo.portfolio.risks.filter.any': AJS.I18n.getText('pmo.portfolio.risks.filter.any'),
        'pmo.portfolio.risks.filter.clear': AJS.I18n.getText('pmo.portfolio.risks.filter.clear'),
        'pmo.portfolio.risks.column.project': AJS.I18n.getText('pmo.portfolio.risks.column.project'),
        'pmo.portfolio.risks.column.title': AJS.I18n.getText('pmo.portfolio.risks.column.title'),
        'pmo.portfolio.risks.column.score': AJS.I18n.getText('pmo.portfolio.risks.column.score'),
        'pmo.portfolio.risks.column.residual': AJS.I18n.getText('pmo.portfolio.risks.column.residual'),
        'pmo.portfolio.risks.column.status': AJS.I18n.getText('pmo.portfolio.risks.column.status'),
        'pmo.portfolio.risks.column.owner': AJS.I18n.getText('pmo.portfolio.risks.column.owner'),
        'pmo.portfolio.risks.column.review': AJS.I18n.getText('pmo.portfolio.risks.column.review'),
        'pmo.portfolio.risks.column.emv': AJS.I18n.getText('pmo.portfolio.risks.column.emv'),
        'pmo.portfolio.risks.not.assessed': AJS.I18n.getText('pmo.portfolio.risks.not.assessed'),
        'pmo.portfolio.risks.list.empty': AJS.I18n.getText('pmo.portfolio.risks.list.empty'),
        'pmo.portfolio.risks.list.range': AJS.I18n.getText('pmo.portfolio.risks.list.range'),
        'pmo.portfolio.risks.list.previous': AJS.I18n.getText('pmo.portfolio.risks.list.previous'),
        'pmo.portfolio.risks.list.next': AJS.I18n.getText('pmo.portfolio.risks.list.next'),
        'pmo.risk.severity.low': AJS.I18n.getText('pmo.risk.severity.low'),
        'pmo.risk.severity.medium': AJS.I18n.getText('pmo.risk.severity.medium'),
        'pmo.risk.severity.high': AJS.I18n.getText('pmo.risk.severity.high'),
        'pmo.risk.severity.critical': AJS.I18n.getText('pmo.risk.severity.critical'),
        'pmo.risk.status.open': AJS.I18n.getText('pmo.risk.status.open'),
        'pmo.risk.status.responding': AJS.I18n.getText('pmo.risk.status.responding'),
        'pmo.risk.status.monitoring': AJS.I18n.getText('pmo.risk.status.monitoring'),
        'pmo.risk.status.occurred': AJS.I18n.getText('pmo.risk.status.occurred'),
        'pmo.risk.status.closed': AJS.I18n.getText('pmo.risk.status.closed')
    };
    const SEVERITY = {
        low: 'pmo.risk.severity.low',
        medium: 'pmo.risk.severity.medium',
        high: 'pmo.risk.severity.high',
        critical: 'pmo.risk.severity.critical'
    };
    const STATUS = {
        open: 'pmo.risk.status.open',
        responding: 'pmo.risk.status.responding',
        monitoring: 'pmo.risk.status.monitoring',
        occurred: 'pmo.risk.status.occurred',
        closed: 'pmo.risk.status.closed'
    };
    // The list's sort keys, as the API names them; each header sorts by one.
    const SORTS = ['score', 'residual-score', 'title', 'status', 'owner', 'next-review'];
    const FILTERS = ['project', 'severity', 'status', 'owner', 'overdue', 'sort', 'order', 'offset'];
    const PAGE_SIZE = 50;
    const PORTFOLIO_ID = /^[1-9][0-9]{0,17}$/;
    const PROJECT_KEY = /^[A-Z][A-Z0-9_]{0,254}$/;
    const PMO = window.PMO;
    const el = PMO.el;

    function t(key) {
        return PMO.format.apply(null, [STRINGS].concat(Array.prototype.slice.call(arguments)));
    }

    function message(node, type, state, text) {
        return PMO.stateMessage(node, 'pmo-prisk-state', type, state, text);
    }

    const objects = PMO.objects;

    function text(value) {
        return typeof value === 'string' ? value : '';
    }

    function money(amount, currency) {
        const shown = PMO.formatMoney(amount);
        return currency ? currency + '\u00a0' + shown : shown;
    }

    function severityLozenge(severity, score) {
        const known = SEVERITY[severity] ? severity : 'low';
        const lozenge = el('span', 'aui-lozenge pmo-severity-lozenge pmo-severity-' + known, score);
        lozenge.setAttribute('data-severity', known);
        lozenge.title = t(SEVERITY[known]);
        lozenge.appendChild(el('span', 'pmo-visually-hidden', ' ' + t(SEVERITY[known])));
        return lozenge;
    }

    /** The filters in the page's address: the list shows what the address says, so Back restores it. */
    function readState() {
        const params = new URLSearchParams(window.location.search);
        const state = {};
        FILTERS.forEach(function (name) {
            const value = params.get(name);
            if (value !== null && value !== '') {
                state[name] = value.substring(0, 255);
            }
        });
        if (state.sort && SORTS.indexOf(state.sort) < 0) {
            delete state.sort;
        }
        if (state.order !== 'asc' && state.order !== 'desc') {
            delete state.order;
        }
        if (state.offset && !/^[0-9]{1,9}$/.test(state.offset)) {
            delete state.offset;
        }
        return state;
    }

    function writeState(id, state, push) {
        const params = new URLSearchParams();
        params.set('id', id);
        FILTERS.forEach(function (name) {
            if (state[name]) {
                params.set(name, state[name]);
            }
        });
        const url = '?' + params.toString();
        if (url !== window.location.search) {
            window.history[push ? 'pushState' : 'replaceState'](null, '', url);
        }
    }

    function start(root) {
        const rest = root.getAttribute('data-rest-url');
        const contextPath = root.getAttribute('data-context-path') || '';
        const portfolioPage = root.getAttribute('data-portfolio-page') || '';
        const picker = document.getElementById('pmo-portfolio-risks-picker');
        const content = document.getElementById('pmo-portfolio-risks-content');
        const rollupLink = document.getElementById('pmo-portfolio-risks-rollup');
        const initial = root.getAttribute('data-selected') || '';
        let shown = 0;
        let current = null;

        function get(path) {
            return PMO.rest('GET', rest + path, undefined, {flag: false, contextPath: contextPath});
        }

        function riskLink(row) {
            const link = el('a', 'pmo-prisk-risk-link', text(row.title));
            // The API gives the register's address below the context path; only a path of ours is followed.
            link.href = /^\/projects\/[^/]+\?selectedItem=/.test(text(row.url)) ? contextPath + row.url : '#';
            link.setAttribute('data-risk-id', String(row.id));
            return link;
        }

        PMO.portfolioPicker({rest: rest, contextPath: contextPath, root: root, picker: picker, initial: initial,
            flag: false, detail: false, unlisted: true, show: show,
            message: function (type, state, text) {
                message(content, type, state, text);
            },
            texts: {error: t('pmo.portfolio.risks.error'), none: t('pmo.portfolio.risks.none'),
                choose: t('pmo.portfolio.page.choose')},
            change: function (id) {
                writeState(id, {}, true);
                show(id);
            },
            first: function (chosen) {
                window.addEventListener('popstate', function () {
                    const id = new URLSearchParams(window.location.search).get('id');
                    if (current && id === current.id) {
                        current.reload();
                    } else if (PORTFOLIO_ID.test(id || '')) {
                        picker.value = id;
                        show(id);
                    }
                });
                writeState(chosen, readState(), false);
                show(chosen);
            }
        });

        function show(id) {
            const ticket = ++shown;
            content.replaceChildren();
            current = null;
            root.setAttribute('data-pmo-state', 'loading');
            if (rollupLink && portfolioPage) {
                rollupLink.href = portfolioPage + '?id=' + id;
            }
            Promise.all([
                get('portfolios/' + id + '/risks/summary'),
                get('portfolios/' + id + '/risks/heatmap?assessment=inherent'),
                get('portfolios/' + id + '/risks/heatmap?assessment=residual')
            ]).then(function (results) {
                if (ticket !== shown) {
                    return;
                }
                const summary = results[0];
                if (summary.status === 404 || summary.status === 403) {
                    root.setAttribute('data-pmo-state', 'unavailable');
                    message(content, 'warning', 'unavailable', t('pmo.portfolio.risks.unavailable'));
                    return;
                }
                if (!summary.ok || !summary.data || typeof summary.data !== 'object') {
                    root.setAttribute('data-pmo-state', 'error');
                    message(content, 'error', 'error', t('pmo.portfolio.risks.error') + ' '
                        + PMO.describeFailure(summary, null, contextPath).text);
                    return;
                }
                draw(id, summary.data, results[1].ok ? results[1].data : null,
                    results[2].ok ? results[2].data : null);
            });
        }

        function draw(id, summary, inherent, residual) {
            const hidden = Number(summary.hiddenProjects) || 0;
            if (hidden > 0) {
                content.appendChild(el('div', 'aui-message aui-message-info pmo-prisk-hidden'))
                    .appendChild(el('p', null, hidden === 1 ? t('pmo.portfolio.risks.hidden.one')
                        : t('pmo.portfolio.risks.hidden', hidden)));
            }
            content.appendChild(el('h2', 'pmo-prisk-name', text(summary.name) || id));
            content.appendChild(tiles(objects(summary.totals)));
            const overview = content.appendChild(el('div', 'pmo-prisk-overview'));
            overview.appendChild(topRisks(objects(summary.top)));
            const list = listSection(id, objects(summary.projects));
            overview.appendChild(overdue(summary.overdue, list));
            content.appendChild(heatMaps(inherent, residual));
            content.appendChild(list.node);
            current = {id: id, reload: list.reload};
            list.reload().then(function () {
                root.setAttribute('data-pmo-state', 'ready');
            });
        }

        /* ------------------------------------------------------------ EMV tiles */

        function tiles(totals) {
            const section = el('section', 'pmo-prisk-emv');
            section.setAttribute('aria-labelledby', 'pmo-prisk-emv-title');
            const title = section.appendChild(el('h3', null, t('pmo.portfolio.risks.emv.title')));
            title.id = 'pmo-prisk-emv-title';
            const row = section.appendChild(el('div', 'pmo-prisk-tiles'));
            totals.forEach(function (total) {
                const currency = typeof total.currency === 'string' ? total.currency : null;
                const tile = row.appendChild(el('div', 'pmo-prisk-tile'));
                tile.setAttribute('data-currency', currency || '');
                tile.appendChild(el('div', 'pmo-prisk-tile-currency', currency || t('pmo.portfolio.risks.emv.none')));
                const figures = tile.appendChild(el('dl', 'pmo-prisk-tile-figures'));
                [['threats', 'pmo.portfolio.risks.emv.threats'],
                    ['opportunities', 'pmo.portfolio.risks.emv.opportunities'],
                    ['net', 'pmo.portfolio.risks.emv.net']].forEach(function (figure) {
                    figures.appendChild(el('dt', null, t(figure[1])));
                    const value = figures.appendChild(el('dd', 'pmo-prisk-tile-' + figure[0],
                        money(total[figure[0]], currency)));
                    value.setAttribute('data-value', text(total[figure[0]]));
                });
                const keys = Array.isArray(total.projects) ? total.projects.filter(function (key) {
                    return typeof key === 'string';
                }) : [];
                tile.appendChild(el('div', 'pmo-prisk-tile-projects', keys.length === 1
                    ? t('pmo.portfolio.risks.emv.projects.one', keys[0])
                    : t('pmo.portfolio.risks.emv.projects', keys.length, keys.join(', '))));
            });
            section.appendChild(el('p', 'pmo-prisk-note', t('pmo.portfolio.risks.emv.note')));
            return section;
        }

        /* ------------------------------------------------------------ top risks and overdue reviews */

        function topRisks(rows) {
            const section = el('section', 'pmo-prisk-top');
            section.appendChild(el('h3', null, t('pmo.portfolio.risks.top.title')));
            if (!rows.length) {
                section.appendChild(el('p', 'pmo-prisk-empty', t('pmo.portfolio.risks.top.empty')));
                return section;
            }
            const list = section.appendChild(el('ol', 'pmo-prisk-compact'));
            rows.forEach(function (row) {
                const item = list.appendChild(el('li', 'pmo-prisk-top-item'));
                item.setAttribute('data-risk-id', String(row.id));
                item.appendChild(severityLozenge(row.severity, row.score));
                item.appendChild(riskLink(row));
                item.appendChild(el('span', 'pmo-prisk-project', text(row.projectKey)));
            });
            return section;
        }

        function overdue(block, list) {
            const section = el('section', 'pmo-prisk-overdue');
            const total = block && typeof block === 'object' ? Number(block.total) || 0 : 0;
            const rows = block && typeof block === 'object' ? objects(block.items) : [];
            const head = section.appendChild(el('h3', null, t('pmo.portfolio.risks.overdue.title') + ' '));
            const count = head.appendChild(el('span', 'aui-badge pmo-prisk-overdue-count', total));
            count.setAttribute('data-count', String(total));
            if (!rows.length) {
                section.appendChild(el('p', 'pmo-prisk-empty', t('pmo.portfolio.risks.overdue.empty')));
                return section;
            }
            const items = section.appendChild(el('ul', 'pmo-prisk-compact'));
            rows.forEach(function (row) {
                const item = items.appendChild(el('li', 'pmo-prisk-overdue-item'));
                item.setAttribute('data-risk-id', String(row.id));
                item.appendChild(el('span', 'aui-lozenge aui-lozenge-removed pmo-prisk-due',
                    t('pmo.portfolio.risks.overdue.due', PMO.formatDate(text(row.nextReviewDate)))));
                item.appendChild(riskLink(row));
                item.appendChild(el('span', 'pmo-prisk-project', text(row.projectKey)
                    + (row.ownerName ? ' \u00b7 ' + text(row.ownerName) : '')));
            });
            if (total > rows.length) {
                const all = section.appendChild(el('button', 'aui-button aui-button-link pmo-prisk-overdue-all',
                    t('pmo.portfolio.risks.overdue.all', total)));
                all.type = 'button';
                all.addEventListener('click', function () {
                    list.filterOverdue();
                });
            }
            return section;
        }

        /* ------------------------------------------------------------ heat maps */

        function heatMaps(inherent, residual) {
            const section = el('section', 'pmo-prisk-heatmaps');
            section.appendChild(el('h3', null, t('pmo.portfolio.risks.heatmaps.title')));
            const pair = section.appendChild(el('div', 'pmo-prisk-heatmap-pair'));
            [[inherent, 'inherent', 'pmo.portfolio.risks.heatmap.inherent'],
                [residual, 'residual', 'pmo.portfolio.risks.heatmap.residual']].forEach(function (entry) {
                const box = pair.appendChild(el('div', 'pmo-prisk-heatmap'));
                box.setAttribute('data-assessment', entry[1]);
                const scales = entry[0] && typeof entry[0] === 'object' ? objects(entry[0].scales) : [];
                scales.forEach(function (scale) {
                    box.appendChild(matrix(scale, t(entry[2])));
                });
            });
            section.appendChild(el('p', 'pmo-prisk-note', t('pmo.portfolio.risks.heatmap.axis')));
            return section;
        }

        /** One size x size matrix of a scale, highest probability on top, as the register draws it. */
        function matrix(scale, label) {
            const size = Math.min(Math.max(Number(scale.size) || 0, 0), 10);
            const cells = objects(scale.cells);
            const byPosition = {};
            let total = 0;
            cells.forEach(function (cell) {
                byPosition[cell.probability + ':' + cell.impact] = cell;
                total += Number(cell.count) || 0;
            });
            const table = el('table', 'pmo-prisk-heatmap-table');
            table.setAttribute('data-size', String(size));
            table.setAttribute('data-total', String(total));
            table.appendChild(el('caption', null, t('pmo.portfolio.risks.heatmap.caption', label, total, size)));
            const body = table.appendChild(el('tbody'));
            for (let p = size; p >= 1; p--) {
                const row = body.appendChild(el('tr'));
                const header = row.appendChild(el('th', 'pmo-prisk-heatmap-level', p));
                header.scope = 'row';
                for (let i = 1; i <= size; i++) {
                    row.appendChild(heatCell(byPosition[p + ':' + i] || {count: 0, severity: 'low'}, p, i));
                }
            }
            const axis = body.appendChild(el('tr'));
            axis.appendChild(el('td'));
            for (let i = 1; i <= size; i++) {
                const header = axis.appendChild(el('th', 'pmo-prisk-heatmap-level', i));
                header.scope = 'col';
            }
            const projects = objects(scale.projects).map(function (project) {
                return text(project.key);
            });
            const wrapper = el('figure', 'pmo-prisk-heatmap-scale');
            wrapper.appendChild(table);
            wrapper.appendChild(el('figcaption', 'pmo-prisk-note',
                t('pmo.portfolio.risks.heatmap.projects', projects.join(', '))));
            return wrapper;
        }

        function heatCell(cell, p, i) {
            return PMO.heatMapCell(cell, p, i, {prefix: 'pmo-prisk-heatmap', severities: SEVERITY, t: t,
                cell: 'pmo.portfolio.risks.heatmap.cell', mixed: 'pmo.portfolio.risks.heatmap.mixed'});
        }

        /* ------------------------------------------------------------ the list */

        function listSection(id, projects) {
            const section = el('section', 'pmo-prisk-list');
            section.appendChild(el('h3', null, t('pmo.portfolio.risks.list.title')));
            const form = section.appendChild(el('form', 'aui pmo-prisk-filters'));
            form.setAttribute('onsubmit', 'return false');
            const project = select(form, 'project', 'pmo.portfolio.risks.filter.project', projects.filter(function (p) {
                return PROJECT_KEY.test(text(p.key));
            }).map(function (p) {
                return [p.key, p.key + ' \u2013 ' + text(p.name)];
            }));
            const severity = select(form, 'severity', 'pmo.portfolio.risks.filter.severity',
                Object.keys(SEVERITY).map(function (s) {
                    return [s, t(SEVERITY[s])];
                }));
            const status = select(form, 'status', 'pmo.portfolio.risks.filter.status',
                Object.keys(STATUS).map(function (s) {
                    return [s, t(STATUS[s])];
                }));
            const ownerField = form.appendChild(el('div', 'pmo-prisk-filter'));
            const ownerLabel = ownerField.appendChild(el('label', null, t('pmo.portfolio.risks.filter.owner')));
            ownerLabel.htmlFor = 'pmo-prisk-filter-owner';
            const owner = ownerField.appendChild(el('input', 'text pmo-prisk-owner'));
            owner.id = 'pmo-prisk-filter-owner';
            owner.maxLength = 255;
            owner.autocomplete = 'off';
            // Jira's user picker writes the chosen user's key; a typed username works too (the API takes both).
            PMO.userPicker(owner, contextPath);
            const overdueField = form.appendChild(el('div', 'pmo-prisk-filter pmo-prisk-filter-check'));
            const overdueBox = overdueField.appendChild(el('input', 'checkbox'));
            overdueBox.type = 'checkbox';
            overdueBox.id = 'pmo-prisk-filter-overdue';
            const overdueLabel = overdueField.appendChild(el('label', null, t('pmo.portfolio.risks.filter.overdue')));
            overdueLabel.htmlFor = 'pmo-prisk-filter-overdue';
            const reset = form.appendChild(el('button', 'aui-button aui-button-link pmo-prisk-clear',
                t('pmo.portfolio.risks.filter.clear')));
            reset.type = 'button';

            const wrapper = section.appendChild(el('div', 'pmo-prisk-table-wrapper'));
            const table = wrapper.appendChild(el('table', 'aui pmo-prisk-table'));
            table.appendChild(el('caption', 'pmo-visually-hidden', t('pmo.portfolio.risks.list.caption')));
            const headRow = table.appendChild(el('thead')).appendChild(el('tr'));
            [['project', null], ['title', 'title', 'asc'], ['score', 'score', 'desc'],
                ['residual', 'residual-score', 'desc'], ['status', 'status', 'asc'], ['owner', 'owner', 'asc'],
                ['review', 'next-review', 'asc'], ['emv', null]].forEach(function (column) {
                const th = headRow.appendChild(el('th', 'pmo-prisk-col-' + column[0],
                    t('pmo.portfolio.risks.column.' + column[0])));
                th.scope = 'col';
                if (column[1]) {
                    th.setAttribute('data-sort', column[1]);
                    th.setAttribute('data-order', column[2]);
                }
            });
            const body = table.appendChild(el('tbody'));
            const footer = section.appendChild(el('div', 'pmo-prisk-pager'));
            const range = footer.appendChild(el('span', 'pmo-prisk-range'));
            const previous = footer.appendChild(el('button', 'aui-button pmo-prisk-previous',
                t('pmo.portfolio.risks.list.previous')));
            previous.type = 'button';
            const next = footer.appendChild(el('button', 'aui-button pmo-prisk-next', t('pmo.portfolio.risks.list.next')));
            next.type = 'button';
            let loading = 0;

            const headers = PMO.sortableHeaders(table, function (sort, order) {
                change({sort: sort, order: order, offset: null});
            });

            function controls(state) {
                project.value = state.project && PROJECT_KEY.test(state.project) ? state.project : '';
                severity.value = SEVERITY[state.severity] ? state.severity : '';
                status.value = STATUS[state.status] ? state.status : '';
                owner.value = state.owner || '';
                overdueBox.checked = state.overdue === 'true';
                headers.show(state.sort || 'score', state.order || (state.sort && ['score', 'residual-score']
                    .indexOf(state.sort) < 0 ? 'asc' : 'desc'));
            }

            function change(values) {
                const state = readState();
                Object.keys(values).forEach(function (name) {
                    if (values[name] === null || values[name] === '' || values[name] === false) {
                        delete state[name];
                    } else {
                        state[name] = String(values[name]);
                    }
                });
                writeState(id, state, true);
                return reload();
            }

            function reload() {
                const state = readState();
                controls(state);
                const ticket = ++loading;
                const query = new URLSearchParams();
                FILTERS.forEach(function (name) {
                    if (state[name]) {
                        query.set(name, state[name]);
                    }
                });
                query.set('limit', String(PAGE_SIZE));
                section.setAttribute('data-pmo-state', 'loading');
                return get('portfolios/' + id + '/risks?' + query.toString()).then(function (result) {
                    if (ticket !== loading) {
                        return;
                    }
                    body.replaceChildren();
                    if (!result.ok || !result.data) {
                        section.setAttribute('data-pmo-state', 'error');
                        const failure = result.status === 400 && result.fieldErrors.length
                            ? result.fieldErrors.map(function (e) {
                                return text(e.field) + ': ' + text(e.message);
                            }).join('; ')
                            : PMO.describeFailure(result, null, contextPath).text;
                        const cell = body.appendChild(el('tr')).appendChild(el('td', 'pmo-prisk-empty', failure));
                        cell.colSpan = 8;
                        return;
                    }
                    const rows = objects(result.data.items);
                    rows.forEach(function (row) {
                        body.appendChild(listRow(row));
                    });
                    if (!rows.length) {
                        const cell = body.appendChild(el('tr')).appendChild(el('td', 'pmo-prisk-empty',
                            t('pmo.portfolio.risks.list.empty')));
                        cell.colSpan = 8;
                    }
                    const offset = Number(result.data.offset) || 0;
                    const total = Number(result.data.total) || 0;
                    range.textContent = total ? t('pmo.portfolio.risks.list.range', offset + 1,
                        offset + rows.length, total) : '';
                    section.setAttribute('data-total', String(total));
                    previous.disabled = offset === 0;
                    next.disabled = offset + rows.length >= total;
                    previous.onclick = function () {
                        change({offset: Math.max(0, offset - PAGE_SIZE) || null});
                    };
                    next.onclick = function () {
                        change({offset: offset + PAGE_SIZE});
                    };
                    section.setAttribute('data-pmo-state', 'ready');
                });
            }

            project.addEventListener('change', function () {
                change({project: project.value, offset: null});
            });
            severity.addEventListener('change', function () {
                change({severity: severity.value, offset: null});
            });
            status.addEventListener('change', function () {
                change({status: status.value, offset: null});
            });
            overdueBox.addEventListener('change', function () {
                change({overdue: overdueBox.checked ? 'true' : null, offset: null});
            });
            owner.addEventListener('change', function () {
                change({owner: owner.value.trim(), offset: null});
            });
            reset.addEventListener('click', function () {
                const cleared = {};
                FILTERS.forEach(function (name) {
                    cleared[name] = null;
                });
                change(cleared);
            });

            return {
                node: section,
                reload: reload,
                filterOverdue: function () {
                    change({overdue: 'true', sort: 'next-review', order: 'asc', offset: null}).then(function () {
                        section.scrollIntoView({block: 'start'});
                    });
                }
            };
        }

        function select(form, name, labelKey, choices) {
            const field = form.appendChild(el('div', 'pmo-prisk-filter'));
            const label = field.appendChild(el('label', null, t(labelKey)));
            label.htmlFor = 'pmo-prisk-filter-' + name;
            const box = field.appendChild(el('select', 'select pmo-prisk-' + name));
            box.id = 'pmo-prisk-filter-' + name;
            box.appendChild(el('option', null, t('pmo.portfolio.risks.filter.any'))).value = '';
            choices.forEach(function (choice) {
                box.appendChild(el('option', null, choice[1])).value = choice[0];
            });
            return box;
        }

        function listRow(row) {
            const tr = el('tr', 'pmo-prisk-row');
            tr.setAttribute('data-risk-id', String(row.id));
            tr.setAttribute('data-project', text(row.projectKey));
            tr.appendChild(el('td', 'pmo-prisk-col-project', text(row.projectKey))).title = text(row.projectName);
            tr.appendChild(el('td', 'pmo-prisk-col-title')).appendChild(riskLink(row));
            const score = tr.appendChild(el('td', 'pmo-prisk-col-score'));
            score.setAttribute('data-score', String(row.score));
            score.appendChild(severityLozenge(row.severity, row.score));
            const residual = tr.appendChild(el('td', 'pmo-prisk-col-residual'));
            if (row.residualAssessed === true) {
                residual.appendChild(severityLozenge(row.residualSeverity, row.residualScore));
            } else {
                residual.appendChild(el('span', 'pmo-prisk-muted', t('pmo.portfolio.risks.not.assessed')));
            }
            tr.appendChild(el('td', 'pmo-prisk-col-status', STATUS[row.status] ? t(STATUS[row.status])
                : text(row.status)));
            tr.appendChild(el('td', 'pmo-prisk-col-owner', text(row.ownerName)));
            const review = tr.appendChild(el('td', 'pmo-prisk-col-review', PMO.formatDate(text(row.nextReviewDate))));
            if (row.reviewOverdue === true) {
                review.appendChild(document.createTextNode(' '));
                review.appendChild(el('span', 'aui-lozenge aui-lozenge-removed pmo-prisk-overdue-badge',
                    t('pmo.portfolio.risks.overdue.badge')));
            }
            tr.appendChild(el('td', 'pmo-prisk-col-emv', row.expectedMonetaryValue === null
            || row.expectedMonetaryValue === undefined ? '' : money(row.expectedMonetaryValue,
                typeof row.currency === 'string' ? row.currency : null)));
            return tr;
        }
    }

    PMO.startPage('pmo-portfolio-risks', start);
})(window, document);
