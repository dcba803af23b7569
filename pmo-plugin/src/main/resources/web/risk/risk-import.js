/*
 * The risk register page's CSV import: reads the chosen file, posts it to the import API (all rows or none) and
 * lists the refused rows. Loaded before risk-register.js, which calls PMO.riskPage.importer with the page's helpers
 * and its list state when it starts.
 */
(function () {
    'use strict';

    // The import API's own limit: a larger file is refused here without uploading it.
    const MAX_CSV_CHARS = 2000000;

    // The import's words, translated by Jira's jsI18n transformer when the file is served: each key is written out
    // because a computed key would not be translated. The page's t() reads them from PMO.riskPage.strings.
    const STRINGS = {
        'pmo.risk.import.done': AJS.I18n.getText('pmo.risk.import.done'),
        'pmo.risk.import.failed': AJS.I18n.getText('pmo.risk.import.failed'),
        'pmo.risk.import.file.error': AJS.I18n.getText('pmo.risk.import.file.error'),
        'pmo.risk.import.fix': AJS.I18n.getText('pmo.risk.import.fix'),
        'pmo.risk.import.row.error': AJS.I18n.getText('pmo.risk.import.row.error'),
        'pmo.risk.import.too.large': AJS.I18n.getText('pmo.risk.import.too.large'),
        'pmo.risk.import.uploading': AJS.I18n.getText('pmo.risk.import.uploading')
    };

    const riskPage = window.PMO.riskPage = window.PMO.riskPage || {};
    riskPage.strings = Object.assign(riskPage.strings || {}, STRINGS);

    /** The import over the page's helpers; {@code page.state} is the register's list state, shared, not copied. */
    riskPage.importer = function (page) {
        const byId = page.byId;
        const el = page.el;
        const clear = page.clear;
        const t = page.t;
        const api = page.api;
        const projectPath = page.projectPath;
        const notify = page.notify;
        const notifyFailure = page.notifyFailure;
        const fieldLabel = page.fieldLabel;
        const markStale = page.markStale;
        const markFresh = page.markFresh;
        const writeUrlState = page.writeUrlState;
        const refreshAll = page.refreshAll;
        const state = page.state;

        function bindImport() {
            const input = byId('pmo-import-csv');
            if (!input) {
                return;
            }
            input.addEventListener('change', function () {
                const file = input.files && input.files[0];
                if (file) {
                    importFile(file).then(function () {
                        input.value = '';
                    });
                }
            });
            const close = byId('pmo-import-result-close');
            if (close) {
                close.addEventListener('click', function () {
                    byId('pmo-import-result').hidden = true;
                    input.focus();
                });
            }
        }

        async function importFile(file) {
            const panel = byId('pmo-import-result');
            panel.hidden = true;
            const text = await file.text();
            if (text.length > MAX_CSV_CHARS) {
                showImportErrors(t('pmo.risk.import.too.large', MAX_CSV_CHARS), []);
                return;
            }
            notify('info', t('pmo.risk.import.uploading', file.name));
            markStale(true);
            const result = await api('POST', projectPath('/risks/import'), text, 'text/csv');
            if (!result.ok) {
                markFresh();
            }
            if (result.ok) {
                const created = result.data && Array.isArray(result.data.createdIds) ? result.data.createdIds.length : 0;
                notify('success', t('pmo.risk.import.done', created, file.name));
                state.offset = 0;
                writeUrlState();
                refreshAll();
                return;
            }
            if (result.status === 400 && result.data) {
                showImportErrors(t('pmo.risk.import.fix'), result.data.errors || []);
                return;
            }
            notifyFailure(result);
        }

        function showImportErrors(message, errors) {
            const panel = byId('pmo-import-result');
            byId('pmo-import-result-message').textContent = message;
            const list = byId('pmo-import-errors');
            clear(list);
            errors.forEach(function (error) {
                const text = error.line !== undefined && error.line !== null
                    ? t('pmo.risk.import.row.error', error.line, fieldLabel(error.field), error.message || '')
                    : t('pmo.risk.import.file.error', fieldLabel(error.field), error.message || '');
                list.appendChild(el('li', null, text));
            });
            list.hidden = errors.length === 0;
            panel.hidden = false;
            panel.scrollIntoView({block: 'nearest'});
        }

        return {bind: bindImport};
    };
}());
