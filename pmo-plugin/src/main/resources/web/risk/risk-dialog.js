/*
 * The risk register page's risk dialog: create, edit and view a risk, the score preview, save and delete with their
 * conflicts (409: the user's lost edits listed against the stored risk), and the risk's history tab. Loaded before
 * risk-register.js, which calls PMO.riskPage.riskDialog with the page's helpers when it starts.
 */
(function () {
    'use strict';

    // The dialog's words, translated by Jira's jsI18n transformer when the file is served: each key is written out
    // because a computed key would not be translated. The page's t() reads them from PMO.riskPage.strings.
    const STRINGS = {
        'pmo.common.cancel': AJS.I18n.getText('pmo.common.cancel'),
        'pmo.common.close': AJS.I18n.getText('pmo.common.close'),
        'pmo.risk.created': AJS.I18n.getText('pmo.risk.created'),
        'pmo.risk.delete.failed': AJS.I18n.getText('pmo.risk.delete.failed'),
        'pmo.risk.deleted': AJS.I18n.getText('pmo.risk.deleted'),
        'pmo.risk.dialog.create.title': AJS.I18n.getText('pmo.risk.dialog.create.title'),
        'pmo.risk.dialog.edit.title': AJS.I18n.getText('pmo.risk.dialog.edit.title'),
        'pmo.risk.dialog.loading': AJS.I18n.getText('pmo.risk.dialog.loading'),
        'pmo.risk.dialog.meta': AJS.I18n.getText('pmo.risk.dialog.meta'),
        'pmo.risk.dialog.view.title': AJS.I18n.getText('pmo.risk.dialog.view.title'),
        'pmo.risk.error.conflict': AJS.I18n.getText('pmo.risk.error.conflict'),
        'pmo.risk.error.conflict.change': AJS.I18n.getText('pmo.risk.error.conflict.change'),
        'pmo.risk.error.conflict.delete': AJS.I18n.getText('pmo.risk.error.conflict.delete'),
        'pmo.risk.error.conflict.deleted': AJS.I18n.getText('pmo.risk.error.conflict.deleted'),
        'pmo.risk.error.conflict.none': AJS.I18n.getText('pmo.risk.error.conflict.none'),
        'pmo.risk.error.conflict.yours': AJS.I18n.getText('pmo.risk.error.conflict.yours'),
        'pmo.risk.error.invalid': AJS.I18n.getText('pmo.risk.error.invalid'),
        'pmo.risk.error.load.history': AJS.I18n.getText('pmo.risk.error.load.history'),
        'pmo.risk.error.other.fields': AJS.I18n.getText('pmo.risk.error.other.fields'),
        'pmo.risk.history.created': AJS.I18n.getText('pmo.risk.history.created'),
        'pmo.risk.history.deleted': AJS.I18n.getText('pmo.risk.history.deleted'),
        'pmo.risk.history.empty': AJS.I18n.getText('pmo.risk.history.empty'),
        'pmo.risk.history.empty.value': AJS.I18n.getText('pmo.risk.history.empty.value'),
        'pmo.risk.history.loading': AJS.I18n.getText('pmo.risk.history.loading'),
        'pmo.risk.save.failed': AJS.I18n.getText('pmo.risk.save.failed'),
        'pmo.risk.saved': AJS.I18n.getText('pmo.risk.saved'),
        'pmo.risk.score.preview': AJS.I18n.getText('pmo.risk.score.preview'),
        'pmo.risk.score.preview.residual': AJS.I18n.getText('pmo.risk.score.preview.residual')
    };

    const riskPage = window.PMO.riskPage = window.PMO.riskPage || {};
    riskPage.strings = Object.assign(riskPage.strings || {}, STRINGS);

    /** The dialog over the page's helpers; {@code page.state} is the register's list state, shared, not copied. */
    riskPage.riskDialog = function (page) {
        const byId = page.byId;
        const el = page.el;
        const clear = page.clear;
        const t = page.t;
        const label = page.label;
        const fieldLabel = page.fieldLabel;
        const api = page.api;
        const projectPath = page.projectPath;
        const contextPath = page.contextPath;
        const describeFailure = page.describeFailure;
        const notify = page.notify;
        const notifyFailure = page.notifyFailure;
        const showMessageIn = page.showMessageIn;
        const showFieldErrorsIn = page.showFieldErrorsIn;
        const markStale = page.markStale;
        const markFresh = page.markFresh;
        const writeUrlState = page.writeUrlState;
        const refreshAll = page.refreshAll;
        const state = page.state;
        const config = page.config;
        const formatInstant = PMO.formatInstant;
        const canonicalMoney = PMO.canonicalMoney;

        const dialog = {
            mode: 'create',
            risk: null,
            busy: false,
            open: false,
            opener: null,
            snapshot: null,
            historyFor: null,
            historySeq: 0
        };

        function todayIso() {
            const now = new Date();
            const pad = function (n) {
                return (n < 10 ? '0' : '') + n;
            };
            return now.getFullYear() + '-' + pad(now.getMonth() + 1) + '-' + pad(now.getDate());
        }

        /* ------------------------------------------------------------------ dialog: show and hide */

        function dialogEl() {
            return byId('pmo-risk-dialog');
        }

        function auiDialog() {
            return PMO.dialog(dialogEl());
        }

        function showDialog() {
            dialog.open = true;
            auiDialog().show();
            setTimeout(focusFirstField, 0);
        }

        function hideDialog() {
            if (auiDialog().hide()) {
                dialogHidden();
            }
        }

        function dialogHidden() {
            if (!dialog.open) {
                return;
            }
            dialog.open = false;
            dialog.historySeq++;
            hideDeleteConfirm();
            writeUrlState();
            const opener = dialog.opener;
            dialog.opener = null;
            setTimeout(function () {
                let target = opener;
                if (target && !document.body.contains(target) && dialog.risk) {
                    target = document.querySelector('#pmo-risk-table a.pmo-risk-title-link[data-risk-id="'
                        + dialog.risk.id + '"]');
                }
                if (target && document.body.contains(target) && typeof target.focus === 'function') {
                    target.focus();
                }
            }, 0);
        }

        function focusFirstField() {
            if (!dialog.open) {
                return;
            }
            const title = byId('pmo-risk-title');
            if (title && !title.disabled && !byId('pmo-risk-form').hidden) {
                title.focus();
            } else {
                const node = dialogEl();
                if (node) {
                    node.focus();
                }
            }
        }

        function isDirty() {
            return dialog.snapshot !== null && dialog.mode !== 'view' && JSON.stringify(readForm()) !== dialog.snapshot;
        }

        /* ------------------------------------------------------------------ dialog: form */

        function formFields() {
            const form = byId('pmo-risk-form');
            return form ? Array.prototype.slice.call(form.querySelectorAll('[data-field]')) : [];
        }

        function fieldElement(name) {
            const form = byId('pmo-risk-form');
            return form ? form.querySelector('[data-field="' + name + '"]') : null;
        }

        function normaliseDate(value) {
            const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
            if (!match) {
                return value;
            }
            return match[1] + '-' + (match[2].length === 1 ? '0' : '') + match[2] + '-'
                + (match[3].length === 1 ? '0' : '') + match[3];
        }

        /** The form as the REST API reads a risk: empty inputs are null, levels are numbers, dates yyyy-mm-dd. */
        function readForm() {
            const body = {};
            formFields().forEach(function (field) {
                const name = field.getAttribute('data-field');
                const type = field.getAttribute('data-type') || 'text';
                const raw = field.value || '';
                const trimmed = raw.trim();
                if (type === 'level') {
                    const level = parseInt(trimmed, 10);
                    body[name] = trimmed === '' || !isFinite(level) ? null : level;
                } else if (type === 'date') {
                    body[name] = trimmed === '' ? null : normaliseDate(trimmed);
                } else if (type === 'list') {
                    const keys = trimmed.split(/[\s,;]+/).filter(Boolean);
                    body[name] = keys.length ? keys : null;
                } else if (name === 'costImpact') {
                    body[name] = canonicalMoney(trimmed);
                } else {
                    body[name] = trimmed === '' ? null : raw;
                }
            });
            return body;
        }

        function setStrategyOptions(kind, wanted) {
            const select = byId('pmo-risk-strategy');
            const template = byId('pmo-strategy-options-' + kind);
            if (!select || !template || !template.content) {
                return;
            }
            const keep = wanted !== undefined ? wanted : select.value;
            clear(select);
            Array.prototype.forEach.call(template.content.querySelectorAll('option'), function (option) {
                select.appendChild(option.cloneNode(true));
            });
            select.value = keep || '';
            if (select.value !== (keep || '')) {
                select.value = '';
            }
        }

        function fillForm(risk) {
            const kind = risk && risk.kind ? risk.kind : defaultValue('kind');
            const kindSelect = byId('pmo-risk-kind');
            if (kindSelect) {
                kindSelect.value = kind;
            }
            setStrategyOptions(kind, risk && risk.strategy ? risk.strategy : '');
            formFields().forEach(function (field) {
                const name = field.getAttribute('data-field');
                if (name === 'kind' || name === 'strategy') {
                    return;
                }
                let value = risk ? risk[name] : null;
                if (!risk && name === 'status') {
                    value = defaultValue('status');
                }
                if (Array.isArray(value)) {
                    field.value = value.join(', ');
                } else {
                    field.value = value === null || value === undefined ? '' : String(value);
                }
            });
            const lastReview = byId('pmo-risk-last-review-date');
            if (lastReview) {
                lastReview.max = todayIso();
            }
            updateScorePreview();
        }

        function defaultValue(name) {
            const field = fieldElement(name);
            return field && field.options && field.options.length ? field.options[0].value : '';
        }

        function setFormEnabled(enabled) {
            const form = byId('pmo-risk-form');
            if (!form) {
                return;
            }
            form.querySelectorAll('fieldset').forEach(function (fieldset) {
                fieldset.disabled = !enabled;
            });
        }

        function updateScorePreview() {
            const preview = byId('pmo-risk-score-preview');
            if (!preview) {
                return;
            }
            const body = readForm();
            const parts = [];
            const inherent = heatCell('inherent', body.probability, body.impact);
            if (inherent) {
                parts.push(t('pmo.risk.score.preview', inherent.score, label('pmo.risk.severity.', inherent.severity)));
            }
            const residual = heatCell('residual', body.residualProbability, body.residualImpact);
            if (residual) {
                parts.push(t('pmo.risk.score.preview.residual', residual.score,
                    label('pmo.risk.severity.', residual.severity)));
            }
            preview.textContent = parts.join(' \u00b7 ');
            preview.hidden = parts.length === 0;
        }

        function heatCell(mapName, probability, impact) {
            if (!state.heatMap || probability === null || impact === null) {
                return null;
            }
            return (state.heatMap[mapName] || []).find(function (cell) {
                return cell.probability === probability && cell.impact === impact;
            }) || null;
        }

        /* ------------------------------------------------------------------ dialog: errors */

        function clearErrors() {
            const general = byId('pmo-risk-dialog-error');
            if (general) {
                clear(general);
                general.hidden = true;
                general.className = 'aui-message aui-message-error pmo-dialog-error';
            }
            document.querySelectorAll('#pmo-risk-form [data-error-for]').forEach(function (node) {
                clear(node);
                node.hidden = true;
            });
            formFields().forEach(function (field) {
                field.removeAttribute('aria-invalid');
                const group = field.closest('.field-group');
                if (group) {
                    group.classList.remove('pmo-field-invalid');
                }
            });
        }

        /** Shows a message in the dialog's general error area: a title, optional lines and an optional node. */
        function showGeneral(type, title, lines, node) {
            showMessageIn(byId('pmo-risk-dialog-error'), type, title, lines, node);
        }

        function showFieldErrors(errors) {
            return showFieldErrorsIn(byId('pmo-risk-form'), 'data-field', errors);
        }

        function failureInDialog(result, titleKey) {
            const failure = describeFailure(result);
            const lines = [failure.text];
            if (failure.detail) {
                lines.push(failure.detail);
            }
            showGeneral('error', t(titleKey), lines, failure.node);
        }

        /* ------------------------------------------------------------------ dialog: modes */

        function setMode(mode) {
            dialog.mode = mode;
            const node = dialogEl();
            node.setAttribute('data-mode', mode);
            const heading = byId('pmo-risk-dialog-heading');
            heading.textContent = t(mode === 'create' ? 'pmo.risk.dialog.create.title'
                : mode === 'edit' ? 'pmo.risk.dialog.edit.title' : 'pmo.risk.dialog.view.title');
            const save = byId('pmo-risk-save');
            save.hidden = mode === 'view';
            save.disabled = false;
            const cancel = byId('pmo-risk-cancel');
            cancel.textContent = t(mode === 'view' ? 'pmo.common.close' : 'pmo.common.cancel');
            const remove = byId('pmo-risk-delete');
            if (remove) {
                remove.hidden = mode !== 'edit';
                remove.disabled = false;
            }
            byId('pmo-risk-tabs').hidden = mode === 'create';
            setFormEnabled(mode !== 'view');
            selectTab('details', false);
        }

        function renderMeta(risk) {
            const meta = byId('pmo-risk-dialog-meta');
            if (!meta) {
                return;
            }
            if (!risk) {
                meta.hidden = true;
                meta.textContent = '';
                return;
            }
            meta.textContent = t('pmo.risk.dialog.meta', risk.id, risk.version,
                risk.updatedByName || risk.updatedBy || risk.createdBy || '',
                formatInstant(risk.updatedAt || risk.createdAt));
            meta.hidden = false;
        }

        function loadIntoDialog(risk) {
            dialog.risk = risk;
            dialog.historyFor = null;
            fillForm(risk);
            renderMeta(risk);
            dialog.snapshot = JSON.stringify(readForm());
        }

        function openCreate(opener) {
            if (!config.canEdit) {
                return;
            }
            dialog.opener = opener || null;
            dialog.risk = null;
            dialog.historyFor = null;
            clearErrors();
            setMode('create');
            fillForm(null);
            renderMeta(null);
            dialog.snapshot = JSON.stringify(readForm());
            showDialog();
        }

        async function openRisk(id, opener) {
            dialog.opener = opener || null;
            clearErrors();
            setMode(config.canEdit ? 'edit' : 'view');
            setFormEnabled(false);
            byId('pmo-risk-save').disabled = true;
            const remove = byId('pmo-risk-delete');
            if (remove) {
                remove.disabled = true;
            }
            fillForm(null);
            dialog.risk = {id: id};
            dialog.snapshot = null;
            renderMeta(null);
            showGeneral('info', t('pmo.risk.dialog.loading'));
            showDialog();
            writeUrlState();
            const result = await api('GET', '/risks/' + encodeURIComponent(id));
            if (!dialog.open || !dialog.risk || dialog.risk.id !== id) {
                return;
            }
            if (!result.ok || !result.data) {
                dialog.risk = null;
                hideDialog();
                notifyFailure(result);
                return;
            }
            if (result.data.projectKey && result.data.projectKey !== config.projectKey) {
                // A risk of another project: open it on its own register, where its settings and rights apply.
                window.location.href = contextPath() + '/projects/' + encodeURIComponent(result.data.projectKey)
                    + '?selectedItem=' + encodeURIComponent(config.selectedItem) + '&risk=' + encodeURIComponent(id);
                return;
            }
            clearErrors();
            setMode(config.canEdit ? 'edit' : 'view');
            loadIntoDialog(result.data);
            setTimeout(focusFirstField, 0);
        }

        /* ------------------------------------------------------------------ dialog: save, conflict, delete */

        function comparable(name, value) {
            if (value === null || value === undefined) {
                return '';
            }
            if (Array.isArray(value)) {
                return value.map(function (v) {
                    return String(v).trim().toUpperCase();
                }).join(', ');
            }
            if (name === 'costImpact') {
                const amount = Number(canonicalMoney(String(value).trim()));
                return isFinite(amount) ? amount.toFixed(2) : String(value).trim();
            }
            return String(value).trim();
        }

        function displayValue(name, value) {
            if (value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length)) {
                return t('pmo.risk.history.empty.value');
            }
            if (name === 'kind') {
                return label('pmo.risk.kind.', value);
            }
            if (name === 'status') {
                return label('pmo.risk.status.', value);
            }
            if (name === 'strategy') {
                return label('pmo.risk.strategy.', value);
            }
            if (Array.isArray(value)) {
                return value.join(', ');
            }
            return String(value);
        }

        /** The user's values that differ from what is stored now: what the conflict would otherwise lose silently. */
        function lostEdits(submitted, current) {
            return Object.keys(submitted).filter(function (name) {
                return name !== 'version' && comparable(name, submitted[name]) !== comparable(name, current[name]);
            }).map(function (name) {
                return t('pmo.risk.error.conflict.change', fieldLabel(name), displayValue(name, submitted[name]),
                    displayValue(name, current[name]));
            });
        }

        function handleConflict(submitted, current) {
            if (!current) {
                dialog.snapshot = null;
                byId('pmo-risk-save').disabled = true;
                const remove = byId('pmo-risk-delete');
                if (remove) {
                    remove.hidden = true;
                }
                showGeneral('warning', t('pmo.risk.error.conflict.deleted'));
                refreshAll();
                return;
            }
            const lost = lostEdits(submitted, current);
            loadIntoDialog(current);
            const lines = [t('pmo.risk.error.conflict.yours', current.version)];
            if (lost.length) {
                const list = el('ul', 'pmo-conflict-list');
                lost.forEach(function (line) {
                    list.appendChild(el('li', null, line));
                });
                lines.push(list);
            } else {
                lines.push(t('pmo.risk.error.conflict.none'));
            }
            showGeneral('warning', t('pmo.risk.error.conflict'), lines);
            focusGeneral();
            refreshAll();
        }

        function focusGeneral() {
            const general = byId('pmo-risk-dialog-error');
            if (general && !general.hidden) {
                general.focus();
            }
        }

        function setBusy(busy) {
            dialog.busy = busy;
            const node = dialogEl();
            node.setAttribute('aria-busy', busy ? 'true' : 'false');
            byId('pmo-risk-save').disabled = busy;
            const remove = byId('pmo-risk-delete');
            if (remove) {
                remove.disabled = busy;
            }
            const yes = byId('pmo-risk-delete-yes');
            if (yes) {
                yes.disabled = busy;
            }
        }

        async function save(event) {
            if (event) {
                event.preventDefault();
            }
            if (dialog.busy || dialog.mode === 'view' || !config.canEdit) {
                return;
            }
            if (dialog.mode === 'edit' && (!dialog.risk || dialog.risk.version === undefined)) {
                return;
            }
            clearErrors();
            hideDeleteConfirm();
            const body = readForm();
            const creating = dialog.mode === 'create';
            if (!creating) {
                body.version = dialog.risk.version;
            }
            setBusy(true);
            markStale(true);
            const result = creating
                ? await api('POST', projectPath('/risks'), body)
                : await api('PUT', '/risks/' + encodeURIComponent(dialog.risk.id), body, undefined, [409]);
            setBusy(false);
            if (!result.ok && result.status !== 409) {
                markFresh();
            }
            if (!dialog.open) {
                // Closed while saving: the change may still have been made, so show the register as it is now.
                refreshAll();
                return;
            }
            if (result.ok) {
                const saved = result.data;
                dialog.snapshot = null;
                state.highlightId = saved && saved.id ? saved.id : null;
                hideDialog();
                notify('success', t(creating ? 'pmo.risk.created' : 'pmo.risk.saved', saved ? saved.title : ''));
                refreshAll();
                return;
            }
            if (result.status === 400) {
                const errors = result.data && Array.isArray(result.data.errors) ? result.data.errors : [];
                const shown = showFieldErrors(errors);
                const lines = shown.unmatched.map(function (error) {
                    return t('pmo.risk.error.other.fields', fieldLabel(error.field), error.message);
                });
                showGeneral('error', t('pmo.risk.error.invalid'), lines);
                if (shown.first) {
                    shown.first.focus();
                } else {
                    focusGeneral();
                }
                return;
            }
            if (result.status === 409) {
                handleConflict(body, result.data ? result.data.current : null);
                return;
            }
            failureInDialog(result, 'pmo.risk.save.failed');
            focusGeneral();
        }

        function showDeleteConfirm() {
            const confirm = byId('pmo-risk-delete-confirm');
            if (!confirm) {
                return;
            }
            confirm.hidden = false;
            confirm.scrollIntoView({block: 'nearest'});
            byId('pmo-risk-delete-yes').focus();
        }

        function hideDeleteConfirm() {
            const confirm = byId('pmo-risk-delete-confirm');
            if (confirm) {
                confirm.hidden = true;
            }
        }

        async function deleteRisk() {
            if (dialog.busy || !dialog.risk || dialog.mode !== 'edit') {
                return;
            }
            clearErrors();
            const risk = dialog.risk;
            setBusy(true);
            markStale(true);
            const result = await api('DELETE', '/risks/' + encodeURIComponent(risk.id) + '?version='
                + encodeURIComponent(risk.version));
            setBusy(false);
            hideDeleteConfirm();
            if (!result.ok && result.status !== 404 && result.status !== 409) {
                markFresh();
            }
            if (!dialog.open) {
                refreshAll();
                return;
            }
            if (result.ok || result.status === 404
                || (result.status === 409 && !(result.data && result.data.current))) {
                dialog.snapshot = null;
                hideDialog();
                notify('success', t('pmo.risk.deleted', risk.title || ''));
                refreshAll();
                return;
            }
            if (result.status === 409) {
                loadIntoDialog(result.data.current);
                showGeneral('warning', t('pmo.risk.error.conflict'), [t('pmo.risk.error.conflict.delete')]);
                focusGeneral();
                refreshAll();
                return;
            }
            failureInDialog(result, 'pmo.risk.delete.failed');
            focusGeneral();
        }

        /* ------------------------------------------------------------------ dialog: history */

        function selectTab(which, focus) {
            const details = byId('pmo-risk-tab-details');
            const history = byId('pmo-risk-tab-history');
            const showHistory = which === 'history';
            details.setAttribute('aria-selected', showHistory ? 'false' : 'true');
            history.setAttribute('aria-selected', showHistory ? 'true' : 'false');
            details.tabIndex = showHistory ? -1 : 0;
            history.tabIndex = showHistory ? 0 : -1;
            byId('pmo-risk-form').hidden = showHistory;
            byId('pmo-risk-history').hidden = !showHistory;
            if (focus) {
                (showHistory ? history : details).focus();
            }
            if (showHistory) {
                loadHistory();
            }
        }

        async function loadHistory() {
            if (!dialog.risk || !dialog.risk.id || dialog.historyFor === dialog.risk.version) {
                return;
            }
            const risk = dialog.risk;
            const seq = ++dialog.historySeq;
            const message = byId('pmo-risk-history-message');
            const table = byId('pmo-risk-history-table');
            table.hidden = true;
            table.removeAttribute('data-loaded');
            message.textContent = t('pmo.risk.history.loading');
            message.hidden = false;
            const result = await api('GET', '/risks/' + encodeURIComponent(risk.id) + '/history');
            if (seq !== dialog.historySeq) {
                return;
            }
            if (!result.ok || !Array.isArray(result.data)) {
                message.textContent = t('pmo.risk.error.load.history') + ' ' + describeFailure(result).text;
                return;
            }
            dialog.historyFor = risk.version;
            const tbody = table.querySelector('tbody');
            clear(tbody);
            const entries = result.data.slice().reverse();
            if (!entries.length) {
                message.textContent = t('pmo.risk.history.empty');
                return;
            }
            entries.forEach(function (entry) {
                tbody.appendChild(historyRow(entry));
            });
            message.hidden = true;
            table.hidden = false;
            table.setAttribute('data-loaded', 'true');
        }

        function historyRow(entry) {
            const tr = el('tr');
            const when = el('td', 'pmo-history-when');
            const time = el('time', null, formatInstant(entry.at));
            time.dateTime = entry.at || '';
            when.appendChild(time);
            tr.appendChild(when);
            const who = el('td', null, entry.actorName || entry.actorKey || '');
            if (entry.actorKey) {
                who.title = entry.actorKey;
            }
            tr.appendChild(who);
            let fieldText;
            if (entry.field === 'created') {
                fieldText = t('pmo.risk.history.created');
            } else if (entry.field === 'deleted') {
                fieldText = t('pmo.risk.history.deleted');
            } else {
                fieldText = fieldLabel(entry.field);
            }
            tr.appendChild(el('td', 'pmo-history-field', fieldText));
            tr.appendChild(historyValue(entry.field, entry.oldValue));
            tr.appendChild(historyValue(entry.field, entry.newValue));
            tr.appendChild(el('td', 'pmo-col-number', entry.version));
            return tr;
        }

        function historyValue(field, value) {
            const td = el('td', 'pmo-history-value');
            if (value === null || value === undefined || value === '') {
                td.appendChild(el('span', 'pmo-muted', t('pmo.risk.history.empty.value')));
            } else {
                td.textContent = displayValue(field, value);
            }
            return td;
        }

        /* ------------------------------------------------------------------ dialog: wiring */

        function bindDialog() {
            const node = dialogEl();
            if (!node) {
                return;
            }
            if (!node.hasAttribute('data-aui-modal')) {
                // Escape is handled below so that it cannot throw away typed changes.
                node.setAttribute('data-aui-modal', 'true');
            }
            const aui = auiDialog().aui;
            if (aui && typeof aui.on === 'function') {
                aui.on('hide', dialogHidden);
            }
            byId('pmo-risk-form').addEventListener('submit', save);
            byId('pmo-risk-cancel').addEventListener('click', function () {
                dialog.snapshot = null;
                hideDialog();
            });
            const kind = byId('pmo-risk-kind');
            kind.addEventListener('change', function () {
                setStrategyOptions(kind.value);
            });
            ['pmo-risk-probability', 'pmo-risk-impact', 'pmo-risk-residual-probability', 'pmo-risk-residual-impact']
                .forEach(function (id) {
                    const select = byId(id);
                    if (select) {
                        select.addEventListener('change', updateScorePreview);
                    }
                });
            // Jira's own pickers: the owner is one user key, linked issues are keys of issues the user can browse.
            PMO.userPicker(byId('pmo-risk-owner'), contextPath());
            PMO.issuePicker(byId('pmo-risk-linked-issues'), contextPath());
            const me = byId('pmo-risk-owner-me');
            if (me) {
                me.addEventListener('click', function () {
                    const owner = byId('pmo-risk-owner');
                    owner.value = config.currentUserKey;
                    owner.focus();
                });
            }
            const remove = byId('pmo-risk-delete');
            if (remove) {
                remove.addEventListener('click', showDeleteConfirm);
            }
            const yes = byId('pmo-risk-delete-yes');
            if (yes) {
                yes.addEventListener('click', deleteRisk);
            }
            const no = byId('pmo-risk-delete-no');
            if (no) {
                no.addEventListener('click', function () {
                    hideDeleteConfirm();
                    if (remove) {
                        remove.focus();
                    }
                });
            }
            const details = byId('pmo-risk-tab-details');
            const history = byId('pmo-risk-tab-history');
            details.addEventListener('click', function () {
                selectTab('details', false);
            });
            history.addEventListener('click', function () {
                selectTab('history', false);
            });
            byId('pmo-risk-tabs').addEventListener('keydown', function (event) {
                if (event.key === 'ArrowLeft' || event.key === 'ArrowRight' || event.key === 'Home'
                    || event.key === 'End') {
                    event.preventDefault();
                    const toHistory = event.key === 'End'
                        || ((event.key === 'ArrowRight' || event.key === 'ArrowLeft')
                            && details.getAttribute('aria-selected') === 'true');
                    selectTab(toHistory ? 'history' : 'details', true);
                }
            });
            node.addEventListener('keydown', function (event) {
                if (event.key !== 'Escape' || !dialog.open) {
                    return;
                }
                const confirm = byId('pmo-risk-delete-confirm');
                if (confirm && !confirm.hidden) {
                    event.preventDefault();
                    hideDeleteConfirm();
                    return;
                }
                if (dialog.busy) {
                    return;
                }
                if (isDirty()) {
                    // Unsaved changes stay; Cancel discards them on purpose.
                    event.preventDefault();
                    byId('pmo-risk-cancel').focus();
                    return;
                }
                event.preventDefault();
                hideDialog();
            });
            const create = byId('pmo-create-risk');
            if (create) {
                create.addEventListener('click', function () {
                    openCreate(create);
                });
            }
        }

        /** The risk the page's address names while the dialog shows a stored one, else null. */
        function shownRiskId() {
            return dialog.open && dialog.risk && dialog.mode !== 'create' ? dialog.risk.id : null;
        }

        return {
            bind: bindDialog,
            openRisk: openRisk,
            updateScorePreview: updateScorePreview,
            shownRiskId: shownRiskId
        };
    };
}());
