/*
 * The risk register page's scoring settings dialog (project administrators only): loads the scale and thresholds,
 * previews unsaved ones through the server (POST risk-settings/preview), saves them and reloads the page. Loaded
 * before risk-register.js, which calls PMO.riskPage.settingsDialog with the page's helpers when it starts.
 */
(function () {
    'use strict';

    // The dialog's words, translated by Jira's jsI18n transformer when the file is served: each key is written out
    // because a computed key would not be translated. The page's t() reads them from PMO.riskPage.strings.
    const STRINGS = {
        'pmo.risk.settings.band': AJS.I18n.getText('pmo.risk.settings.band'),
        'pmo.risk.settings.band.single': AJS.I18n.getText('pmo.risk.settings.band.single'),
        'pmo.risk.settings.criticalFrom': AJS.I18n.getText('pmo.risk.settings.criticalFrom'),
        'pmo.risk.settings.defaults.suggested': AJS.I18n.getText('pmo.risk.settings.defaults.suggested'),
        'pmo.risk.settings.error.fields': AJS.I18n.getText('pmo.risk.settings.error.fields'),
        'pmo.risk.settings.error.invalid': AJS.I18n.getText('pmo.risk.settings.error.invalid'),
        'pmo.risk.settings.error.load': AJS.I18n.getText('pmo.risk.settings.error.load'),
        'pmo.risk.settings.error.not.found': AJS.I18n.getText('pmo.risk.settings.error.not.found'),
        'pmo.risk.settings.error.number': AJS.I18n.getText('pmo.risk.settings.error.number'),
        'pmo.risk.settings.highFrom': AJS.I18n.getText('pmo.risk.settings.highFrom'),
        'pmo.risk.settings.loading': AJS.I18n.getText('pmo.risk.settings.loading'),
        'pmo.risk.settings.mediumFrom': AJS.I18n.getText('pmo.risk.settings.mediumFrom'),
        'pmo.risk.settings.preview': AJS.I18n.getText('pmo.risk.settings.preview'),
        'pmo.risk.settings.preview.cell': AJS.I18n.getText('pmo.risk.settings.preview.cell'),
        'pmo.risk.settings.preview.invalid': AJS.I18n.getText('pmo.risk.settings.preview.invalid'),
        'pmo.risk.settings.save.failed': AJS.I18n.getText('pmo.risk.settings.save.failed'),
        'pmo.risk.settings.saved': AJS.I18n.getText('pmo.risk.settings.saved'),
        'pmo.risk.settings.scale': AJS.I18n.getText('pmo.risk.settings.scale')
    };

    const riskPage = window.PMO.riskPage = window.PMO.riskPage || {};
    riskPage.strings = Object.assign(riskPage.strings || {}, STRINGS);

    /** The dialog over the page's helpers and configuration; answers what the page's start needs of it. */
    riskPage.settingsDialog = function (page) {
        const byId = page.byId;
        const el = page.el;
        const clear = page.clear;
        const t = page.t;
        const has = page.has;
        const label = page.label;
        const api = page.api;
        const projectPath = page.projectPath;
        const describeFailure = page.describeFailure;
        const severityClass = page.severityClass;
        const showMessageIn = page.showMessageIn;
        const showFieldErrorsIn = page.showFieldErrorsIn;
        const notify = page.notify;
        const matrixGrid = page.matrixGrid;
        const config = page.config;

        const THRESHOLDS = ['mediumFrom', 'highFrom', 'criticalFrom'];
        // Typing waits this long for the next key before the server is asked for a preview.
        const PREVIEW_DELAY_MS = 250;
        // Saving reloads the page (levels, filters and heat maps all depend on the settings); this says so afterwards.
        const SETTINGS_SAVED_KEY = 'pmo-risk-settings-saved';

        const settings = {
            open: false,
            busy: false,
            loaded: null,
            edited: false,
            snapshot: null,
            opener: null,
            seq: 0,
            previewSeq: 0,
            previewTimer: null
        };

        function settingsDialogEl() {
            return byId('pmo-settings-dialog');
        }

        function settingsAuiDialog() {
            return PMO.dialog(settingsDialogEl());
        }

        function settingsForm() {
            return byId('pmo-settings-form');
        }

        function settingsField(name) {
            const form = settingsForm();
            return form ? form.querySelector('[data-setting="' + name + '"]') : null;
        }

        function wholeNumber(text) {
            const trimmed = String(text || '').trim();
            return /^[+-]?\d{1,9}$/.test(trimmed) ? parseInt(trimmed, 10) : null;
        }

        /** The form as the REST API reads the settings; a threshold that is not a whole number is null. */
        function readSettings() {
            const body = {scale: wholeNumber(settingsField('scale').value)};
            THRESHOLDS.forEach(function (name) {
                body[name] = wholeNumber(settingsField(name).value);
            });
            return body;
        }

        function fillSettings(values) {
            settingsField('scale').value = String(values.scale);
            THRESHOLDS.forEach(function (name) {
                const value = values[name];
                settingsField(name).value = value === null || value === undefined ? '' : String(value);
            });
            fitThresholdsTo(values.scale);
            schedulePreview(readSettings(), 0);
        }

        function fitThresholdsTo(size) {
            THRESHOLDS.forEach(function (name) {
                settingsField(name).max = String(size * size);
            });
        }

        function settingsLabel(field) {
            const key = 'pmo.risk.settings.' + field;
            return has(key) ? t(key) : String(field || '');
        }

        function settingsDirty() {
            return settings.snapshot !== null && JSON.stringify(readSettings()) !== settings.snapshot;
        }

        function previewGroup() {
            const matrix = byId('pmo-settings-preview');
            return matrix ? matrix.closest('.pmo-settings-preview') : null;
        }

        /**
         * Asks the server how {@code body} would colour the matrix, after a pause in typing; the bands and their
         * validity are the server's rule (SeverityBands), never repeated here. The group is busy from the first key
         * until the answer to the last request is shown.
         */
        function schedulePreview(body, delay) {
            const group = previewGroup();
            if (!group) {
                return;
            }
            group.setAttribute('aria-busy', 'true');
            clearTimeout(settings.previewTimer);
            settings.previewTimer = setTimeout(function () {
                requestPreview(body);
            }, delay === undefined ? PREVIEW_DELAY_MS : delay);
        }

        async function requestPreview(body) {
            const seq = ++settings.previewSeq;
            if (body.mediumFrom !== undefined && THRESHOLDS.every(function (name) {
                return body[name] === null;
            })) {
                // Three empty thresholds would ask the server for the defaults; nothing typed has no preview.
                showPreviewInvalid([t('pmo.risk.settings.error.number')]);
                previewGroup().setAttribute('aria-busy', 'false');
                return;
            }
            const result = await api('POST', projectPath('/risk-settings/preview'), body);
            if (seq !== settings.previewSeq || !settings.open) {
                return;
            }
            if (result.ok && result.data) {
                if (body.mediumFrom === undefined) {
                    // Asked for the scale's defaults: they become the suggested thresholds.
                    THRESHOLDS.forEach(function (name) {
                        settingsField(name).value = String(result.data[name]);
                    });
                    showSuggestion(t('pmo.risk.settings.defaults.suggested', result.data.scale));
                }
                showPreview(result.data);
            } else if (result.status === 400) {
                const errors = result.data && Array.isArray(result.data.errors) ? result.data.errors : [];
                showPreviewInvalid(errors.map(function (error) {
                    return t('pmo.risk.error.other.fields', settingsLabel(error.field), error.message);
                }));
            } else {
                showPreviewInvalid([describeFailure(result, 'pmo.risk.settings.error.not.found').text]);
            }
            previewGroup().setAttribute('aria-busy', 'false');
        }

        function showPreviewInvalid(lines) {
            const matrix = byId('pmo-settings-preview');
            const invalid = byId('pmo-settings-preview-invalid');
            clear(matrix);
            clear(byId('pmo-settings-bands'));
            clear(invalid);
            invalid.appendChild(document.createTextNode(t('pmo.risk.settings.preview.invalid')));
            lines.forEach(function (line) {
                invalid.appendChild(el('br'));
                invalid.appendChild(document.createTextNode(line));
            });
            invalid.hidden = false;
            matrix.parentNode.hidden = true;
        }

        /** Draws the server's preview: its cells in the heat maps' colours and the score range of each severity. */
        function showPreview(preview) {
            const matrix = byId('pmo-settings-preview');
            const bands = byId('pmo-settings-bands');
            const invalid = byId('pmo-settings-preview-invalid');
            clear(matrix);
            clear(bands);
            clear(invalid);
            invalid.hidden = true;
            matrix.parentNode.hidden = false;
            matrix.appendChild(previewMatrix(preview));
            preview.bands.forEach(function (band) {
                const item = el('li', 'pmo-settings-band');
                item.setAttribute('data-severity', band.severity);
                item.appendChild(el('span', 'pmo-heatmap-swatch ' + severityClass(band.severity)))
                    .setAttribute('aria-hidden', 'true');
                const name = label('pmo.risk.severity.', band.severity);
                item.appendChild(document.createTextNode(band.from === band.to
                    ? t('pmo.risk.settings.band.single', name, band.from)
                    : t('pmo.risk.settings.band', name, band.from, band.to)));
                bands.appendChild(item);
            });
        }

        /** The matrix as the heat maps will colour it: probability down the side, highest first; impact along the foot. */
        function previewMatrix(preview) {
            const byCell = {};
            preview.cells.forEach(function (cell) {
                byCell[cell.probability + ':' + cell.impact] = cell;
            });
            return matrixGrid('pmo-heatmap-grid pmo-settings-preview-grid', 'pmo-heatmap-table pmo-settings-preview-table',
                t('pmo.risk.settings.preview'), preview.scale, function (p, i) {
                    const cell = byCell[p + ':' + i];
                    const td = el('td', 'pmo-settings-cell ' + severityClass(cell.severity), cell.score);
                    td.setAttribute('data-probability', String(p));
                    td.setAttribute('data-impact', String(i));
                    td.setAttribute('data-severity', cell.severity);
                    td.title = t('pmo.risk.settings.preview.cell', p, i, cell.score,
                        label('pmo.risk.severity.', cell.severity));
                    return td;
                });
        }


        function showSuggestion(text) {
            const hint = byId('pmo-settings-suggestion');
            if (hint) {
                hint.textContent = text || '';
                hint.hidden = !text;
            }
        }

        /** A new scale suggests its default thresholds, unless the user already chose thresholds of their own. */
        function scaleChanged() {
            const values = readSettings();
            fitThresholdsTo(values.scale);
            // Without thresholds the server previews the scale's defaults, and they fill the form.
            schedulePreview(settings.edited ? values : {scale: values.scale}, 0);
        }

        function thresholdEdited() {
            settings.edited = true;
            showSuggestion('');
            schedulePreview(readSettings());
        }

        function clearSettingsErrors() {
            const general = byId('pmo-settings-dialog-error');
            if (general) {
                clear(general);
                general.hidden = true;
                general.className = 'aui-message aui-message-error pmo-dialog-error';
            }
            const form = settingsForm();
            form.querySelectorAll('[data-error-for]').forEach(function (node) {
                clear(node);
                node.hidden = true;
            });
            form.querySelectorAll('[data-setting]').forEach(function (field) {
                field.removeAttribute('aria-invalid');
                const group = field.closest('.field-group');
                if (group) {
                    group.classList.remove('pmo-field-invalid');
                }
            });
        }

        function showSettingsMessage(type, title, lines, node) {
            showMessageIn(byId('pmo-settings-dialog-error'), type, title, lines, node);
        }

        function focusSettingsMessage() {
            const general = byId('pmo-settings-dialog-error');
            if (general && !general.hidden) {
                general.focus();
            }
        }

        function setSettingsEnabled(enabled) {
            byId('pmo-settings-fields').disabled = !enabled;
            byId('pmo-settings-save').disabled = !enabled;
        }

        function setSettingsBusy(busy) {
            settings.busy = busy;
            settingsDialogEl().setAttribute('aria-busy', busy ? 'true' : 'false');
            setSettingsEnabled(!busy);
        }

        async function openSettings(opener) {
            if (settings.open) {
                return;
            }
            const seq = ++settings.seq;
            settings.opener = opener || null;
            settings.loaded = null;
            settings.edited = false;
            settings.snapshot = null;
            clearSettingsErrors();
            showSuggestion('');
            setSettingsEnabled(false);
            showSettingsMessage('info', t('pmo.risk.settings.loading'));
            settings.open = true;
            settingsAuiDialog().show();
            const result = await api('GET', projectPath('/risk-settings'));
            if (!settings.open || seq !== settings.seq) {
                return;
            }
            if (!result.ok || !result.data) {
                const failure = describeFailure(result, 'pmo.risk.settings.error.not.found');
                showSettingsMessage('error', t('pmo.risk.settings.error.load'), [failure.text, failure.detail],
                    failure.node);
                focusSettingsMessage();
                return;
            }
            clearSettingsErrors();
            settings.loaded = result.data;
            fillSettings(result.data);
            settings.snapshot = JSON.stringify(readSettings());
            setSettingsEnabled(true);
            settingsField('scale').focus();
        }

        function hideSettings() {
            if (settingsAuiDialog().hide()) {
                settingsHidden();
            }
        }

        function settingsHidden() {
            if (!settings.open) {
                return;
            }
            settings.open = false;
            // A load still under way must not fill the closed dialog.
            settings.seq++;
            const opener = settings.opener;
            settings.opener = null;
            setTimeout(function () {
                if (opener && document.body.contains(opener) && typeof opener.focus === 'function') {
                    opener.focus();
                }
            }, 0);
        }

        async function saveSettings(event) {
            if (event) {
                event.preventDefault();
            }
            if (settings.busy || !settings.loaded) {
                return;
            }
            clearSettingsErrors();
            const body = readSettings();
            const notNumbers = THRESHOLDS.filter(function (name) {
                return body[name] === null;
            }).map(function (name) {
                return {field: name, message: t('pmo.risk.settings.error.number')};
            });
            if (notNumbers.length) {
                const marked = showFieldErrorsIn(settingsForm(), 'data-setting', notNumbers);
                showSettingsMessage('error', t('pmo.risk.settings.error.invalid'));
                marked.first.focus();
                return;
            }
            setSettingsBusy(true);
            // The version read lets the server refuse (409) a change made meanwhile by someone else.
            const result = await api('PUT', projectPath('/risk-settings'),
                Object.assign({}, body, {version: settings.loaded.version}), undefined, [409]);
            setSettingsBusy(false);
            if (result.ok) {
                // Even when the dialog was closed meanwhile: the settings did change, and the page must show them.
                reloadWithNewSettings(body.scale !== settings.loaded.scale);
                return;
            }
            if (!settings.open) {
                return;
            }
            if (result.status === 400) {
                const errors = result.data && Array.isArray(result.data.errors) ? result.data.errors : [];
                const shown = showFieldErrorsIn(settingsForm(), 'data-setting', errors);
                const lines = shown.unmatched.map(function (error) {
                    return t('pmo.risk.error.other.fields', settingsLabel(error.field), error.message);
                });
                if (shown.first) {
                    lines.unshift(t('pmo.risk.settings.error.fields'));
                }
                showSettingsMessage('error', t('pmo.risk.settings.save.failed'), lines);
                if (shown.first) {
                    shown.first.focus();
                } else {
                    focusSettingsMessage();
                }
                return;
            }
            const failure = describeFailure(result, 'pmo.risk.settings.error.not.found');
            showSettingsMessage('error', t('pmo.risk.settings.save.failed'), [failure.text, failure.detail],
                failure.node);
            focusSettingsMessage();
        }

        function reloadWithNewSettings(scaleChanged) {
            try {
                window.sessionStorage.setItem(SETTINGS_SAVED_KEY, config.projectKey);
            } catch (e) {
                // Without session storage the page reloads all the same, just without saying why.
            }
            const params = new URLSearchParams(window.location.search);
            if (scaleChanged && params.has('cell')) {
                // A heat-map cell of the old matrix may not exist on the new one.
                params.delete('cell');
                params.delete('offset');
                const query = params.toString();
                window.location.replace(window.location.pathname + (query ? '?' + query : ''));
                return;
            }
            window.location.reload();
        }

        function announceSavedSettings() {
            let saved = null;
            try {
                saved = window.sessionStorage.getItem(SETTINGS_SAVED_KEY);
                window.sessionStorage.removeItem(SETTINGS_SAVED_KEY);
            } catch (e) {
                return;
            }
            if (saved === config.projectKey && has('pmo.risk.settings.saved')) {
                notify('success', t('pmo.risk.settings.saved'));
            }
        }

        function bindSettings() {
            const node = settingsDialogEl();
            const button = byId('pmo-risk-settings');
            if (!config.canAdminister || !node || !button) {
                return;
            }
            if (!node.hasAttribute('data-aui-modal')) {
                // Escape is handled below so that it cannot throw away typed changes.
                node.setAttribute('data-aui-modal', 'true');
            }
            const aui = settingsAuiDialog().aui;
            if (aui && typeof aui.on === 'function') {
                aui.on('hide', settingsHidden);
            }
            button.addEventListener('click', function () {
                openSettings(button);
            });
            settingsForm().addEventListener('submit', saveSettings);
            settingsField('scale').addEventListener('change', scaleChanged);
            THRESHOLDS.forEach(function (name) {
                settingsField(name).addEventListener('input', thresholdEdited);
            });
            byId('pmo-settings-cancel').addEventListener('click', hideSettings);
            node.addEventListener('keydown', function (event) {
                if (event.key !== 'Escape' || !settings.open) {
                    return;
                }
                event.preventDefault();
                if (settings.busy) {
                    return;
                }
                if (settingsDirty()) {
                    // Unsaved changes stay; Cancel discards them on purpose.
                    byId('pmo-settings-cancel').focus();
                    return;
                }
                hideSettings();
            });
        }

        return {bind: bindSettings, announceSaved: announceSavedSettings};
    };
}());
