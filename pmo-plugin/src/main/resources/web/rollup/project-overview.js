/*
 * The project's Overview page (web panel project-overview-page): the project's rollup with its epics from
 * GET /projects/{key}/rollup?depth=1 — RAG chip with reasons, progress, EVM tiles — and a tree table whose epics open
 * their issues on demand (GET /issues/{key}/rollup).
 */
(function (window, document) {
    'use strict';

    const STRINGS = {
        'pmo.overview.unavailable': AJS.I18n.getText('pmo.overview.unavailable'),
        'pmo.overview.error': AJS.I18n.getText('pmo.overview.error'),
        'pmo.overview.epics': AJS.I18n.getText('pmo.overview.epics')
    };
    const ISSUE_KEY = /^[A-Za-z][A-Za-z0-9_]*-[0-9]{1,18}$/;
    const PMO = window.PMO;
    const el = PMO.el;
    const view = PMO.rollupView;

    function t(key) {
        return PMO.format.apply(null, [STRINGS].concat(Array.prototype.slice.call(arguments)));
    }

    function start(root) {
        const rest = root.getAttribute('data-rest-url');
        const contextPath = root.getAttribute('data-context-path') || '';
        const key = root.getAttribute('data-project-key');

        function get(path) {
            return PMO.rest('GET', rest + path, undefined, {flag: false, contextPath: contextPath});
        }

        function load(node) {
            const issue = String(node.issueKey || node.key || '');
            if (!ISSUE_KEY.test(issue)) {
                return Promise.resolve({children: []});
            }
            return get('issues/' + encodeURIComponent(issue) + '/rollup').then(function (result) {
                return result.ok && result.data ? result.data : {children: []};
            });
        }

        get('projects/' + encodeURIComponent(key) + '/rollup?depth=1').then(function (result) {
            while (root.firstChild) {
                root.removeChild(root.firstChild);
            }
            if (result.status === 404 || result.status === 403 || !result.ok || !result.data) {
                const notFound = result.status === 404 || result.status === 403;
                const box = root.appendChild(el('div', 'aui-message ' + (notFound ? 'aui-message-warning'
                    : 'aui-message-error')));
                box.appendChild(el('p', null, notFound ? t('pmo.overview.unavailable')
                    : t('pmo.overview.error') + ' ' + PMO.describeFailure(result, null, contextPath).text));
                root.setAttribute('data-pmo-state', notFound ? 'unavailable' : 'error');
                return;
            }
            const rollup = result.data;
            const head = root.appendChild(el('div', 'pmo-portfolio-head'));
            head.appendChild(view.ragChip(rollup));
            head.appendChild(view.progressBar(rollup));
            const figures = root.appendChild(el('section', 'pmo-overview-figures'));
            figures.appendChild(view.evmTiles(rollup));
            root.appendChild(el('h2', 'pmo-overview-epics', t('pmo.overview.epics')));
            root.appendChild(view.treeTable(rollup, {includeRoot: false, load: load}));
            root.setAttribute('data-pmo-state', 'ready');
        });
    }

    PMO.startPage('pmo-project-overview', start);
})(window, document);
