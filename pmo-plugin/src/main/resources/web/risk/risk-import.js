/*
 * The risk register page's import of any register: the chosen file is read and analysed by the server (separator,
 * encoding, a suggested mapping), then a dialog maps its columns onto our fields (value maps for levels and words,
 * a date format per date column, saved mappings), previews the first rows with their problems, dry-runs the whole
 * file and imports it. Loaded before risk-register.js, which calls PMO.riskPage.importer with the page's helpers and
 * its list state when it starts. The dialog is built here, so the page template only carries the file input.
 */
(function () {
    'use strict';

    // The import API's JSON body limit (1,000,000 characters) holds the file in base64: 4 characters per 3 bytes.
    const MAX_FILE_BYTES = 740000;

    // The import's words, translated by Jira's jsI18n transformer when the file is served: each key is written out
    // because a computed key would not be translated. The page's t() reads them from PMO.riskPage.strings.
    const STRINGS = {
        'pmo.risk.import.done': AJS.I18n.getText('pmo.risk.import.done'),
        'pmo.risk.import.failed': AJS.I18n.getText('pmo.risk.import.failed'),
        'pmo.risk.import.file.error': AJS.I18n.getText('pmo.risk.import.file.error'),
        'pmo.risk.import.fix': AJS.I18n.getText('pmo.risk.import.fix'),
        'pmo.risk.import.row.error': AJS.I18n.getText('pmo.risk.import.row.error'),
        'pmo.risk.import.too.large': AJS.I18n.getText('pmo.risk.import.too.large'),
        'pmo.risk.import.uploading': AJS.I18n.getText('pmo.risk.import.uploading'),
        'pmo.risk.import.dialog.title': AJS.I18n.getText('pmo.risk.import.dialog.title'),
        'pmo.risk.import.file.summary': AJS.I18n.getText('pmo.risk.import.file.summary'),
        'pmo.risk.import.separator': AJS.I18n.getText('pmo.risk.import.separator'),
        'pmo.risk.import.separator.auto': AJS.I18n.getText('pmo.risk.import.separator.auto'),
        'pmo.risk.import.separator.tab': AJS.I18n.getText('pmo.risk.import.separator.tab'),
        'pmo.risk.import.encoding': AJS.I18n.getText('pmo.risk.import.encoding'),
        'pmo.risk.import.reread': AJS.I18n.getText('pmo.risk.import.reread'),
        'pmo.risk.import.saved': AJS.I18n.getText('pmo.risk.import.saved'),
        'pmo.risk.import.saved.none': AJS.I18n.getText('pmo.risk.import.saved.none'),
        'pmo.risk.import.saved.name': AJS.I18n.getText('pmo.risk.import.saved.name'),
        'pmo.risk.import.saved.save': AJS.I18n.getText('pmo.risk.import.saved.save'),
        'pmo.risk.import.saved.delete': AJS.I18n.getText('pmo.risk.import.saved.delete'),
        'pmo.risk.import.saved.done': AJS.I18n.getText('pmo.risk.import.saved.done'),
        'pmo.risk.import.own.export': AJS.I18n.getText('pmo.risk.import.own.export'),
        'pmo.risk.import.column': AJS.I18n.getText('pmo.risk.import.column'),
        'pmo.risk.import.samples': AJS.I18n.getText('pmo.risk.import.samples'),
        'pmo.risk.import.field': AJS.I18n.getText('pmo.risk.import.field'),
        'pmo.risk.import.details': AJS.I18n.getText('pmo.risk.import.details'),
        'pmo.risk.import.not.imported': AJS.I18n.getText('pmo.risk.import.not.imported'),
        'pmo.risk.import.date.format': AJS.I18n.getText('pmo.risk.import.date.format'),
        'pmo.risk.import.date.choose': AJS.I18n.getText('pmo.risk.import.date.choose'),
        'pmo.risk.import.date.fits': AJS.I18n.getText('pmo.risk.import.date.fits'),
        'pmo.risk.import.values': AJS.I18n.getText('pmo.risk.import.values'),
        'pmo.risk.import.scale': AJS.I18n.getText('pmo.risk.import.scale'),
        'pmo.risk.import.preview': AJS.I18n.getText('pmo.risk.import.preview'),
        'pmo.risk.import.dry.run': AJS.I18n.getText('pmo.risk.import.dry.run'),
        'pmo.risk.import.run': AJS.I18n.getText('pmo.risk.import.run'),
        'pmo.risk.import.cancel': AJS.I18n.getText('pmo.risk.import.cancel'),
        'pmo.risk.import.skip.refused': AJS.I18n.getText('pmo.risk.import.skip.refused'),
        'pmo.risk.import.line': AJS.I18n.getText('pmo.risk.import.line'),
        'pmo.risk.import.action': AJS.I18n.getText('pmo.risk.import.action'),
        'pmo.risk.import.problems': AJS.I18n.getText('pmo.risk.import.problems'),
        'pmo.risk.import.action.create': AJS.I18n.getText('pmo.risk.import.action.create'),
        'pmo.risk.import.action.update': AJS.I18n.getText('pmo.risk.import.action.update'),
        'pmo.risk.import.action.unchanged': AJS.I18n.getText('pmo.risk.import.action.unchanged'),
        'pmo.risk.import.action.refused': AJS.I18n.getText('pmo.risk.import.action.refused'),
        'pmo.risk.import.preview.heading': AJS.I18n.getText('pmo.risk.import.preview.heading'),
        'pmo.risk.import.summary.heading': AJS.I18n.getText('pmo.risk.import.summary.heading'),
        'pmo.risk.import.mapping.error': AJS.I18n.getText('pmo.risk.import.mapping.error'),
        'pmo.risk.import.nothing': AJS.I18n.getText('pmo.risk.import.nothing')
    };

    const riskPage = window.PMO.riskPage = window.PMO.riskPage || {};
    riskPage.strings = Object.assign(riskPage.strings || {}, STRINGS);

    /** The file's bytes in base64, in slices: one call of btoa on a large file would build a huge argument list. */
    function base64(buffer) {
        const bytes = new Uint8Array(buffer);
        let binary = '';
        for (let i = 0; i < bytes.length; i += 0x8000) {
            binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
        }
        return window.btoa(binary);
    }

    /** The import over the page's helpers; {@code page.state} is the register's list state, shared, not copied. */
    riskPage.importer = function (page) {
        const byId = page.byId;
        const el = page.el;
        const clear = page.clear;
        const t = page.t;
        const api = page.api;
        const projectPath = page.projectPath;
        const notify = page.notify;
        const fieldLabel = page.fieldLabel;
        const markStale = page.markStale;
        const markFresh = page.markFresh;
        const writeUrlState = page.writeUrlState;
        const refreshAll = page.refreshAll;
        const state = page.state;

        // What the dialog works on: the file as sent, and the server's analysis of it.
        let file = null;
        let analysis = null;
        let dialog = null;

        function bindImport() {
            const input = byId('pmo-import-csv');
            if (!input) {
                return;
            }
            input.setAttribute('accept', '.csv,.txt,.tsv,text/csv,text/plain,text/tab-separated-values');
            input.addEventListener('change', function () {
                const chosen = input.files && input.files[0];
                if (chosen) {
                    openFile(chosen).then(function () {
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

        async function openFile(chosen) {
            const panel = byId('pmo-import-result');
            if (panel) {
                panel.hidden = true;
            }
            if (chosen.size > MAX_FILE_BYTES) {
                showImportErrors(t('pmo.risk.import.too.large', MAX_FILE_BYTES), []);
                return;
            }
            const buffer = await chosen.arrayBuffer();
            file = {name: chosen.name, content: base64(buffer), encoding: '', separator: ''};
            await analyse();
        }

        function fileBody() {
            const body = {content: file.content};
            if (file.encoding) {
                body.encoding = file.encoding;
            }
            if (file.separator) {
                body.separator = file.separator;
            }
            return body;
        }

        async function analyse() {
            const result = await api('POST', projectPath('/risks/import/analyse'), fileBody(), undefined, false);
            ensureDialog();
            if (!result.ok) {
                analysis = null;
                renderDialog();
                showDialogErrors(result);
                return;
            }
            analysis = result.data;
            renderDialog();
        }

        /* ------------------------------------------------------------------ dialog */

        function ensureDialog() {
            if (dialog) {
                return;
            }
            const section = el('section', 'aui-dialog2 aui-dialog2-xlarge aui-layer pmo-import-dialog');
            section.id = 'pmo-import-dialog';
            section.setAttribute('role', 'dialog');
            section.setAttribute('tabindex', '-1');
            section.setAttribute('aria-modal', 'true');
            section.setAttribute('aria-labelledby', 'pmo-import-dialog-heading');
            section.hidden = true;
            const header = el('header', 'aui-dialog2-header');
            const heading = el('h2', 'aui-dialog2-header-main', t('pmo.risk.import.dialog.title'));
            heading.id = 'pmo-import-dialog-heading';
            header.appendChild(heading);
            const content = el('div', 'aui-dialog2-content');
            content.id = 'pmo-import-dialog-content';
            const footer = el('footer', 'aui-dialog2-footer');
            const actions = el('div', 'aui-dialog2-footer-actions');
            const skip = el('label', 'pmo-import-skip');
            const skipBox = el('input');
            skipBox.type = 'checkbox';
            skipBox.id = 'pmo-import-skip-refused';
            skip.appendChild(skipBox);
            skip.appendChild(document.createTextNode(' ' + t('pmo.risk.import.skip.refused')));
            actions.appendChild(skip);
            actions.appendChild(button('pmo-import-preview', 'aui-button', t('pmo.risk.import.preview'), preview));
            actions.appendChild(button('pmo-import-dry-run', 'aui-button', t('pmo.risk.import.dry.run'),
                function () {
                    run(true);
                }));
            actions.appendChild(button('pmo-import-run', 'aui-button aui-button-primary', t('pmo.risk.import.run'),
                function () {
                    run(false);
                }));
            actions.appendChild(button('pmo-import-cancel', 'aui-button aui-button-link', t('pmo.risk.import.cancel'),
                closeDialog));
            footer.appendChild(actions);
            section.appendChild(header);
            section.appendChild(content);
            section.appendChild(footer);
            document.body.appendChild(section);
            dialog = PMO.dialog(section);
        }

        function button(id, classes, text, onClick) {
            const node = el('button', classes, text);
            node.type = 'button';
            node.id = id;
            node.addEventListener('click', onClick);
            return node;
        }

        function closeDialog() {
            if (dialog) {
                dialog.hide();
            }
            const input = byId('pmo-import-csv');
            if (input) {
                input.focus();
            }
        }

        function renderDialog() {
            const content = byId('pmo-import-dialog-content');
            clear(content);
            const error = el('div', 'aui-message aui-message-error pmo-dialog-error');
            error.id = 'pmo-import-error';
            error.setAttribute('role', 'alert');
            error.hidden = true;
            content.appendChild(error);
            content.appendChild(fileSection());
            if (analysis) {
                content.appendChild(savedSection());
                content.appendChild(columnsSection());
            }
            const previewBox = el('div', 'pmo-import-preview');
            previewBox.id = 'pmo-import-preview-box';
            content.appendChild(previewBox);
            const summary = el('div', 'pmo-import-summary');
            summary.id = 'pmo-import-summary';
            summary.setAttribute('role', 'status');
            content.appendChild(summary);
            ['pmo-import-preview', 'pmo-import-dry-run', 'pmo-import-run'].forEach(function (id) {
                byId(id).disabled = !analysis;
            });
            dialog.show();
        }

        function fileSection() {
            const box = el('form', 'aui pmo-import-file');
            box.addEventListener('submit', function (event) {
                event.preventDefault();
            });
            const text = analysis ? t('pmo.risk.import.file.summary', file.name, analysis.rowCount,
                analysis.separator, analysis.encoding) : file.name;
            const summary = el('p', null, text);
            summary.id = 'pmo-import-file-summary';
            box.appendChild(summary);
            if (analysis && analysis.ownExport) {
                box.appendChild(el('p', 'pmo-import-own', t('pmo.risk.import.own.export')));
            }
            box.appendChild(labelled('pmo-import-separator', t('pmo.risk.import.separator'), select(
                'pmo-import-separator', [['', t('pmo.risk.import.separator.auto')], [',', ','], [';', ';'],
                    ['tab', t('pmo.risk.import.separator.tab')], ['|', '|']], file.separator)));
            box.appendChild(labelled('pmo-import-encoding', t('pmo.risk.import.encoding'), select(
                'pmo-import-encoding', [['', 'UTF-8'], ['windows-1252', 'Windows-1252']], file.encoding)));
            box.appendChild(button('pmo-import-reread', 'aui-button', t('pmo.risk.import.reread'), function () {
                file.separator = byId('pmo-import-separator').value;
                file.encoding = byId('pmo-import-encoding').value;
                analyse();
            }));
            return box;
        }

        function labelled(id, text, control) {
            const group = el('span', 'pmo-import-inline');
            const label = el('label', null, text);
            label.setAttribute('for', id);
            group.appendChild(label);
            group.appendChild(control);
            return group;
        }

        function select(id, options, chosen) {
            const node = el('select', 'select');
            node.id = id;
            options.forEach(function (option) {
                const item = el('option', null, option[1]);
                item.value = option[0];
                item.selected = option[0] === chosen;
                node.appendChild(item);
            });
            return node;
        }

        function savedSection() {
            const box = el('div', 'pmo-import-saved');
            const options = [['', t('pmo.risk.import.saved.none')]].concat((analysis.savedMappings || [])
                .map(function (m) {
                    return [String(m.id), m.name];
                }));
            const picker = select('pmo-import-saved', options, '');
            picker.addEventListener('change', function () {
                const saved = (analysis.savedMappings || []).find(function (m) {
                    return String(m.id) === picker.value;
                });
                if (saved) {
                    analysis.mapping = saved.mapping;
                    const keep = picker.value;
                    renderDialog();
                    byId('pmo-import-saved').value = keep;
                }
            });
            box.appendChild(labelled('pmo-import-saved', t('pmo.risk.import.saved'), picker));
            box.appendChild(button('pmo-import-saved-delete', 'aui-button aui-button-link',
                t('pmo.risk.import.saved.delete'), deleteSaved));
            const name = el('input', 'text');
            name.id = 'pmo-import-saved-name';
            name.maxLength = 100;
            box.appendChild(labelled('pmo-import-saved-name', t('pmo.risk.import.saved.name'), name));
            box.appendChild(button('pmo-import-saved-save', 'aui-button', t('pmo.risk.import.saved.save'), saveMapping));
            return box;
        }

        async function saveMapping() {
            const name = byId('pmo-import-saved-name').value;
            const result = await api('POST', projectPath('/risks/import/mappings'),
                {name: name, mapping: currentMapping()}, undefined, false);
            if (!result.ok) {
                showDialogErrors(result);
                return;
            }
            analysis.savedMappings = (analysis.savedMappings || []).concat([result.data]);
            analysis.mapping = result.data.mapping;
            renderDialog();
            byId('pmo-import-saved').value = String(result.data.id);
            notify('success', t('pmo.risk.import.saved.done', result.data.name));
        }

        async function deleteSaved() {
            const id = byId('pmo-import-saved').value;
            const saved = (analysis.savedMappings || []).find(function (m) {
                return String(m.id) === id;
            });
            if (!saved) {
                return;
            }
            const result = await api('DELETE', projectPath('/risks/import/mappings/' + saved.id + '?version='
                + saved.version), undefined, undefined, false);
            if (!result.ok) {
                showDialogErrors(result);
                return;
            }
            analysis.savedMappings = analysis.savedMappings.filter(function (m) {
                return m.id !== saved.id;
            });
            renderDialog();
        }

        /** The mapping's entry for a source column, if it maps one. */
        function mappedColumn(mapping, column) {
            return ((mapping && mapping.columns) || []).find(function (c) {
                return c && c.column && c.column.toLowerCase() === column.toLowerCase();
            }) || null;
        }

        function kindOf(field) {
            const found = (analysis.fields || []).find(function (f) {
                return f.name === field;
            });
            return found ? found.kind : '';
        }

        function columnsSection() {
            const table = el('table', 'aui pmo-import-columns');
            table.id = 'pmo-import-columns';
            const head = el('thead');
            const headRow = el('tr');
            ['pmo.risk.import.column', 'pmo.risk.import.samples', 'pmo.risk.import.field', 'pmo.risk.import.details']
                .forEach(function (key) {
                    headRow.appendChild(el('th', null, t(key)));
                });
            head.appendChild(headRow);
            table.appendChild(head);
            const body = el('tbody');
            analysis.header.forEach(function (column, index) {
                body.appendChild(columnRow(column, index));
            });
            table.appendChild(body);
            return table;
        }

        /** The values the analysis lists for a source column ({@code [{column, values}]}). */
        function listedFor(list, column) {
            const found = (list || []).find(function (entry) {
                return entry.column === column;
            });
            return found ? found.values : null;
        }

        function samplesOf(column, index) {
            const known = listedFor(analysis.sampleValues, column);
            if (known) {
                return known;
            }
            const seen = [];
            (analysis.sampleRows || []).forEach(function (row) {
                const value = (row[index] || '').trim();
                if (value && seen.indexOf(value) < 0 && seen.length < 50) {
                    seen.push(value);
                }
            });
            return seen;
        }

        function columnRow(column, index) {
            const row = el('tr');
            row.dataset.column = column;
            const name = el('th', null, column);
            name.setAttribute('scope', 'row');
            row.appendChild(name);
            const samples = samplesOf(column, index);
            row.appendChild(el('td', 'pmo-import-samples', samples.slice(0, 3).join(' · ')));
            const mapped = mappedColumn(analysis.mapping, column);
            const options = [['', t('pmo.risk.import.not.imported')]].concat((analysis.fields || []).map(function (f) {
                return [f.name, fieldLabel(f.name)];
            }));
            const fieldSelect = select('pmo-import-field-' + index, options, mapped ? mapped.field : '');
            fieldSelect.setAttribute('aria-label', t('pmo.risk.import.field') + ': ' + column);
            fieldSelect.classList.add('pmo-import-field');
            const fieldCell = el('td');
            fieldCell.appendChild(fieldSelect);
            row.appendChild(fieldCell);
            const details = el('td', 'pmo-import-details');
            row.appendChild(details);
            function renderDetails(entry) {
                clear(details);
                const field = fieldSelect.value;
                const kind = kindOf(field);
                if (kind === 'date') {
                    details.appendChild(dateChooser(column, index, entry));
                } else if (kind === 'level' || kind === 'choice') {
                    details.appendChild(valueMap(samples, index, entry, kind));
                }
            }
            fieldSelect.addEventListener('change', function () {
                renderDetails(null);
            });
            renderDetails(mapped);
            return row;
        }

        function dateChooser(column, index, entry) {
            const fitting = listedFor(analysis.dateFormats, column) || [];
            const options = [['', t('pmo.risk.import.date.choose')]];
            fitting.forEach(function (format) {
                options.push([format, t('pmo.risk.import.date.fits', format)]);
            });
            (analysis.dateFormatChoices || []).forEach(function (format) {
                if (fitting.indexOf(format) < 0) {
                    options.push([format, format]);
                }
            });
            const chosen = entry && entry.dateFormat ? entry.dateFormat : (fitting.length === 1 ? fitting[0] : '');
            const node = select('pmo-import-date-' + index, options, chosen);
            node.classList.add('pmo-import-date');
            return labelled('pmo-import-date-' + index, t('pmo.risk.import.date.format'), node);
        }

        function valueMap(samples, index, entry, kind) {
            const box = el('div', 'pmo-import-values');
            const caption = kind === 'level' ? t('pmo.risk.import.scale', analysis.scale) : t('pmo.risk.import.values');
            box.appendChild(el('p', 'pmo-import-values-caption', caption));
            const values = (entry && entry.values) || [];
            samples.forEach(function (sample, n) {
                const id = 'pmo-import-value-' + index + '-' + n;
                const input = el('input', 'text short-field pmo-import-value');
                input.id = id;
                input.dataset.source = sample;
                input.maxLength = 255;
                const given = values.find(function (v) {
                    return String(v.from || '').trim().toLowerCase() === sample.trim().toLowerCase();
                });
                input.value = given ? given.to || '' : '';
                input.placeholder = sample;
                box.appendChild(labelled(id, sample + ' \u2192', input));
            });
            return box;
        }

        /** The mapping as the dialog shows it now. */
        function currentMapping() {
            const columns = [];
            analysis.header.forEach(function (column, index) {
                const field = byId('pmo-import-field-' + index).value;
                if (!field) {
                    return;
                }
                const entry = {field: field, column: column};
                const date = byId('pmo-import-date-' + index);
                if (date) {
                    entry.dateFormat = date.value || null;
                }
                const values = [];
                document.querySelectorAll('#pmo-import-columns tr[data-column] .pmo-import-value').forEach(
                    function (input) {
                        if (input.id.indexOf('pmo-import-value-' + index + '-') === 0 && input.value.trim()) {
                            values.push({from: input.dataset.source, to: input.value.trim()});
                        }
                    });
                if (values.length) {
                    entry.values = values;
                }
                columns.push(entry);
            });
            return {columns: columns};
        }

        function requestBody() {
            const body = fileBody();
            body.mapping = currentMapping();
            body.skipRefused = byId('pmo-import-skip-refused').checked;
            return body;
        }

        async function preview() {
            hideDialogErrors();
            const result = await api('POST', projectPath('/risks/import/preview'), requestBody(), undefined, false);
            const box = byId('pmo-import-preview-box');
            clear(box);
            if (!result.ok) {
                showDialogErrors(result);
                return;
            }
            box.appendChild(el('h3', null, t('pmo.risk.import.preview.heading', result.data.rows.length,
                result.data.rowCount)));
            box.appendChild(rowsTable('pmo-import-preview-table', result.data.rows, true));
        }

        function rowsTable(id, rows, withFields) {
            const table = el('table', 'aui pmo-import-rows');
            table.id = id;
            const head = el('tr');
            const columns = ['pmo.risk.import.line', 'pmo.risk.import.action'];
            const shown = withFields ? ['title', 'probability', 'impact', 'status', 'ownerKey', 'lastReviewDate'] : [];
            columns.forEach(function (key) {
                head.appendChild(el('th', null, t(key)));
            });
            shown.forEach(function (field) {
                head.appendChild(el('th', null, fieldLabel(field)));
            });
            head.appendChild(el('th', null, t('pmo.risk.import.problems')));
            const thead = el('thead');
            thead.appendChild(head);
            table.appendChild(thead);
            const body = el('tbody');
            rows.forEach(function (row) {
                const tr = el('tr', 'pmo-import-row-' + row.action);
                tr.dataset.line = row.line;
                tr.appendChild(el('td', null, String(row.line)));
                const action = el('td');
                const lozenge = el('span', 'aui-lozenge ' + (row.action === 'refused' ? 'aui-lozenge-removed'
                    : row.action === 'create' ? 'aui-lozenge-success'
                        : row.action === 'update' ? 'aui-lozenge-current' : ''),
                t('pmo.risk.import.action.' + row.action));
                action.appendChild(lozenge);
                tr.appendChild(action);
                shown.forEach(function (field) {
                    const value = row.risk ? row.risk[field] : null;
                    tr.appendChild(el('td', null, value === null || value === undefined ? '' : String(value)));
                });
                const problems = el('td', 'pmo-import-problems');
                const list = el('ul');
                (row.problems || []).forEach(function (problem) {
                    list.appendChild(el('li', null, fieldLabel(problem.field) + ': ' + problem.message));
                });
                problems.appendChild(list);
                tr.appendChild(problems);
                body.appendChild(tr);
            });
            table.appendChild(body);
            return table;
        }

        async function run(dryRun) {
            hideDialogErrors();
            if (!dryRun) {
                markStale(true);
            }
            const result = await api('POST', projectPath('/risks/import/mapped' + (dryRun ? '?dryRun=true' : '')),
                requestBody(), undefined, false);
            const summary = byId('pmo-import-summary');
            clear(summary);
            if (!result.data || (!result.ok && !Array.isArray(result.data.refusedRows))) {
                if (!dryRun) {
                    markFresh();
                }
                showDialogErrors(result);
                return;
            }
            const data = result.data;
            if (!dryRun && data.written) {
                notify('success', t('pmo.risk.import.done', data.created + data.updated, file.name) + ' \u2014 '
                    + data.message);
                closeDialog();
                state.offset = 0;
                writeUrlState();
                refreshAll();
                return;
            }
            if (!dryRun) {
                markFresh();
            }
            summary.appendChild(el('h3', null, t('pmo.risk.import.summary.heading')));
            const message = el('p', 'pmo-import-summary-message', data.message);
            message.id = 'pmo-import-summary-message';
            summary.appendChild(message);
            if (data.refusedRows && data.refusedRows.length) {
                summary.appendChild(rowsTable('pmo-import-refused-table', data.refusedRows, false));
            }
        }

        function hideDialogErrors() {
            const box = byId('pmo-import-error');
            if (box) {
                box.hidden = true;
                clear(box);
            }
        }

        /** A failed call in the dialog: the field errors by path (mapping.columns[2].dateFormat), or the reason. */
        function showDialogErrors(result) {
            const box = byId('pmo-import-error');
            clear(box);
            if (result.status === 400 && result.fieldErrors && result.fieldErrors.length) {
                box.appendChild(el('p', null, t('pmo.risk.import.mapping.error')));
                const list = el('ul');
                result.fieldErrors.forEach(function (error) {
                    list.appendChild(el('li', null, describeField(error.field) + ': ' + (error.message || '')));
                });
                box.appendChild(list);
            } else {
                box.appendChild(el('p', null, result.data && result.data.message ? result.data.message
                    : t('pmo.risk.import.failed')));
            }
            box.hidden = false;
            box.scrollIntoView({block: 'nearest'});
        }

        /** A mapping error's path in the words of the dialog: the source column it is about. */
        function describeField(path) {
            const match = /^mapping\.columns\[(\d+)\]\.?(.*)$/.exec(path || '');
            if (!match || !analysis) {
                return fieldLabel(path);
            }
            const mapping = currentMapping();
            const entry = mapping.columns[Number(match[1])];
            return entry ? entry.column + ' \u2192 ' + fieldLabel(entry.field) + (match[2] ? ' (' + match[2] + ')' : '')
                : path;
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
