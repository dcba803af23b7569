/*
 * The risk register page's risk dialog: create and edit a risk, or read it (a read view for those who may not edit),
 * the score preview, save and delete with their conflicts (a late save is merged three ways by the server: the
 * user's own changes are re-applied on top of the current risk, and only fields both people changed are asked
 * about), the question before unsaved changes are discarded, and the risk's history tab. Loaded before
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
        'pmo.risk.score.preview.residual': AJS.I18n.getText('pmo.risk.score.preview.residual'),
        'pmo.common.error.conflict': AJS.I18n.getText('pmo.common.error.conflict'),
        'pmo.risk.section.identification': AJS.I18n.getText('pmo.risk.section.identification'),
        'pmo.risk.section.assessment': AJS.I18n.getText('pmo.risk.section.assessment'),
        'pmo.risk.section.response': AJS.I18n.getText('pmo.risk.section.response'),
        'pmo.risk.section.review': AJS.I18n.getText('pmo.risk.section.review'),
        'pmo.risk.table.overdue': AJS.I18n.getText('pmo.risk.table.overdue'),
        'pmo.risk.table.unassigned': AJS.I18n.getText('pmo.risk.table.unassigned'),
        'pmo.risk.read.score': AJS.I18n.getText('pmo.risk.read.score'),
        'pmo.risk.read.inherent': AJS.I18n.getText('pmo.risk.read.inherent'),
        'pmo.risk.read.residual': AJS.I18n.getText('pmo.risk.read.residual'),
        'pmo.risk.read.not.assessed': AJS.I18n.getText('pmo.risk.read.not.assessed'),
        'pmo.risk.read.emv': AJS.I18n.getText('pmo.risk.read.emv'),
        'pmo.risk.read.residual.emv': AJS.I18n.getText('pmo.risk.read.residual.emv'),
        'pmo.risk.merge.saved': AJS.I18n.getText('pmo.risk.merge.saved'),
        'pmo.risk.merge.intro': AJS.I18n.getText('pmo.risk.merge.intro'),
        'pmo.risk.merge.yours': AJS.I18n.getText('pmo.risk.merge.yours'),
        'pmo.risk.merge.theirs': AJS.I18n.getText('pmo.risk.merge.theirs'),
        'pmo.risk.merge.base': AJS.I18n.getText('pmo.risk.merge.base'),
        'pmo.risk.merge.choose': AJS.I18n.getText('pmo.risk.merge.choose'),
        'pmo.risk.merge.someone': AJS.I18n.getText('pmo.risk.merge.someone')
    };
    // A late save merged without a question is saved again at once; a third writer each time ends the loop here.
    const MERGE_ATTEMPTS = 3;

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
        const formatDate = PMO.formatDate || function (iso) {
            return iso || '';
        };
        const formatMoney = PMO.formatMoney;
        const closeListeners = [];

        const dialog = {
            mode: 'create',
            risk: null,
            busy: false,
            open: false,
            opener: null,
            snapshot: null,
            historyFor: null,
            historySeq: 0,
            // The fields both people changed after a late save: {field: {yours, theirs, chosen}}, else null.
            merge: null
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
            dialog.merge = null;
            hideDeleteConfirm();
            hideDiscardConfirm();
            writeUrlState();
            const closedId = dialog.risk && dialog.mode !== 'create' ? dialog.risk.id : null;
            closeListeners.slice().forEach(function (listener) {
                listener({riskId: closedId});
            });
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
            byId('pmo-risk-tab-details').setAttribute('aria-controls', detailsPanel().id);
            setFormEnabled(mode !== 'view');
            hideDiscardConfirm();
            selectTab('details', false);
        }

        /** The Details tab's panel: the form for those who may edit, the read view for the others. */
        function detailsPanel() {
            const read = byId('pmo-risk-read');
            return dialog.mode === 'view' && read ? read : byId('pmo-risk-form');
        }

        /* ------------------------------------------------------------------ dialog: read view */

        function lozenge(text, classes) {
            return el('span', 'aui-lozenge ' + (classes || ''), text);
        }

        function statusLozengeClass(status) {
            return {
                responding: 'aui-lozenge-current',
                monitoring: 'aui-lozenge-new',
                occurred: 'aui-lozenge-error',
                closed: 'aui-lozenge-success'
            }[status] || '';
        }

        function severityLozenge(score, severity) {
            const badge = lozenge(String(score), 'pmo-severity-lozenge pmo-severity-' + (severity || 'low'));
            const severityLabel = label('pmo.risk.severity.', severity);
            badge.title = severityLabel;
            badge.appendChild(el('span', 'pmo-visually-hidden', ' ' + severityLabel));
            return badge;
        }

        function none() {
            return el('span', 'pmo-muted', t('pmo.risk.history.empty.value'));
        }

        function dateNode(iso) {
            if (!iso) {
                return none();
            }
            const time = el('time', null, formatDate(iso));
            time.dateTime = iso;
            return time;
        }

        function textNode(value) {
            return value === null || value === undefined || value === '' ? none()
                : el('span', 'pmo-read-text', String(value));
        }

        function scoreNode(probability, impact, score, severity) {
            const span = el('span', 'pmo-read-score');
            span.appendChild(severityLozenge(score, severity));
            span.appendChild(document.createTextNode(' ' + t('pmo.risk.read.score', probability, impact, score)
                + ' \u00b7 ' + label('pmo.risk.severity.', severity)));
            return span;
        }

        function moneyNode(value) {
            return value === null || value === undefined || value === '' ? none()
                : el('span', 'pmo-read-money', formatMoney(value));
        }

        function linksNode(keys) {
            if (!keys || !keys.length) {
                return none();
            }
            const list = el('ul', 'pmo-read-links');
            keys.forEach(function (key) {
                const item = el('li');
                const link = el('a', null, key);
                link.href = contextPath() + '/browse/' + encodeURIComponent(key);
                item.appendChild(link);
                list.appendChild(item);
            });
            return list;
        }

        /** One labelled value of the read view; the value is a node or text. */
        function readItem(list, name, labelText, value) {
            const item = el('div', 'pmo-read-item');
            item.setAttribute('data-read-field', name);
            item.appendChild(el('dt', null, labelText));
            const dd = el('dd');
            dd.appendChild(typeof value === 'string' ? document.createTextNode(value) : value);
            item.appendChild(dd);
            list.appendChild(item);
        }

        function readSection(panel, titleKey, fill) {
            const section = el('section', 'pmo-read-section');
            section.appendChild(el('h3', null, t(titleKey)));
            const list = el('dl', 'pmo-read-grid');
            fill(list);
            section.appendChild(list);
            panel.appendChild(section);
        }

        /** The risk as labelled values: what a reader who may not edit it sees instead of a disabled form. */
        function renderReadView(risk) {
            const panel = byId('pmo-risk-read');
            if (!panel) {
                return;
            }
            clear(panel);
            if (!risk || risk.title === undefined) {
                return;
            }
            const heading = el('h2', 'pmo-read-title', risk.title);
            heading.setAttribute('data-read-field', 'title');
            panel.appendChild(heading);
            const badges = el('p', 'pmo-read-badges');
            badges.appendChild(el('span', 'pmo-kind-' + risk.kind, label('pmo.risk.kind.', risk.kind)));
            badges.appendChild(document.createTextNode(' '));
            badges.appendChild(lozenge(label('pmo.risk.status.', risk.status), statusLozengeClass(risk.status)));
            panel.appendChild(badges);
            readSection(panel, 'pmo.risk.section.identification', function (list) {
                readItem(list, 'description', fieldLabel('description'), textNode(risk.description));
                readItem(list, 'category', fieldLabel('category'), textNode(risk.category));
                readItem(list, 'cause', fieldLabel('cause'), textNode(risk.cause));
                readItem(list, 'effect', fieldLabel('effect'), textNode(risk.effect));
            });
            readSection(panel, 'pmo.risk.section.assessment', function (list) {
                readItem(list, 'score', t('pmo.risk.read.inherent'),
                    scoreNode(risk.probability, risk.impact, risk.score, risk.severity));
                const assessed = risk.residualProbability !== null && risk.residualProbability !== undefined;
                readItem(list, 'residualScore', t('pmo.risk.read.residual'), assessed
                    ? scoreNode(risk.residualProbability, risk.residualImpact, risk.residualScore,
                        risk.residualSeverity)
                    : el('span', 'pmo-muted', t('pmo.risk.read.not.assessed')));
                readItem(list, 'costImpact', fieldLabel('costImpact'), moneyNode(risk.costImpact));
                const emv = moneyNode(risk.expectedMonetaryValue);
                if (assessed && risk.residualExpectedMonetaryValue !== null
                    && risk.residualExpectedMonetaryValue !== undefined) {
                    emv.appendChild(el('span', 'pmo-muted', ' \u00b7 ' + t('pmo.risk.read.residual.emv') + ' '
                        + formatMoney(risk.residualExpectedMonetaryValue)));
                }
                readItem(list, 'expectedMonetaryValue', t('pmo.risk.read.emv'), emv);
                readItem(list, 'proximityDate', fieldLabel('proximityDate'), dateNode(risk.proximityDate));
            });
            readSection(panel, 'pmo.risk.section.response', function (list) {
                const owner = risk.ownerKey ? el('span', null, risk.ownerName || risk.ownerKey)
                    : el('span', 'pmo-muted', t('pmo.risk.table.unassigned'));
                if (risk.ownerKey) {
                    owner.title = risk.ownerKey;
                }
                readItem(list, 'ownerKey', fieldLabel('ownerKey'), owner);
                readItem(list, 'strategy', fieldLabel('strategy'),
                    risk.strategy ? label('pmo.risk.strategy.', risk.strategy) : none());
                readItem(list, 'trigger', fieldLabel('trigger'), textNode(risk.trigger));
                readItem(list, 'responsePlan', fieldLabel('responsePlan'), textNode(risk.responsePlan));
                readItem(list, 'contingencyPlan', fieldLabel('contingencyPlan'), textNode(risk.contingencyPlan));
            });
            readSection(panel, 'pmo.risk.section.review', function (list) {
                readItem(list, 'lastReviewDate', fieldLabel('lastReviewDate'), dateNode(risk.lastReviewDate));
                const next = el('span');
                next.appendChild(dateNode(risk.nextReviewDate));
                if (risk.reviewOverdue) {
                    next.appendChild(document.createTextNode(' '));
                    next.appendChild(lozenge(t('pmo.risk.table.overdue'), 'aui-lozenge-error'));
                }
                readItem(list, 'nextReviewDate', fieldLabel('nextReviewDate'), next);
                readItem(list, 'linkedIssueKeys', fieldLabel('linkedIssueKeys'), linksNode(risk.linkedIssueKeys));
            });
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
            dialog.merge = null;
            fillForm(risk);
            renderMeta(risk);
            if (dialog.mode === 'view') {
                renderReadView(risk);
            }
            dialog.snapshot = JSON.stringify(readForm());
        }

        function openCreate(opener) {
            if (!config.canEdit) {
                return;
            }
            dialog.opener = opener || null;
            dialog.risk = null;
            dialog.historyFor = null;
            dialog.merge = null;
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
            dialog.merge = null;
            renderMeta(null);
            renderReadView(null);
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

        function cleanMerge(result) {
            return result.status === 409 && result.data && result.data.current && result.data.merged
                && Array.isArray(result.data.conflicts) && result.data.conflicts.length === 0;
        }

        /** A wire value as the merge question shows it: labels for choices, the user's date format, "None". */
        function mergeValueText(name, value) {
            if (value !== null && value !== undefined && /Date$/.test(name)) {
                return formatDate(value);
            }
            return displayValue(name, value);
        }

        /** Puts one field's value (as a risk body spells it) into the form. */
        function setFieldValue(name, value) {
            if (name === 'kind') {
                byId('pmo-risk-kind').value = value || defaultValue('kind');
                setStrategyOptions(byId('pmo-risk-kind').value);
            } else if (name === 'strategy') {
                setStrategyOptions(byId('pmo-risk-kind').value, value || '');
            } else {
                const field = fieldElement(name);
                if (field) {
                    field.value = Array.isArray(value) ? value.join(', ')
                        : value === null || value === undefined ? '' : String(value);
                }
            }
            updateScorePreview();
        }

        /**
         * After a late save that both people's changes touch: the form holds the merge (the user's own changes on
         * top of the current risk), and the message asks, field by field, which of the two values to keep.
         */
        function showMerge(data) {
            const current = data.current;
            // The current risk is the new starting point: Cancel then discards the user's changes, merged or not.
            loadIntoDialog(current);
            const merged = data.merged;
            Object.keys(merged).forEach(function (name) {
                if (name !== 'version' && fieldElement(name)) {
                    setFieldValue(name, merged[name]);
                }
            });
            const who = current.updatedByName || current.updatedBy || t('pmo.risk.merge.someone');
            dialog.merge = {};
            const box = el('div', 'pmo-merge');
            box.id = 'pmo-risk-merge';
            data.conflicts.forEach(function (conflict) {
                dialog.merge[conflict.field] = {yours: conflict.yours, theirs: conflict.theirs, chosen: null};
                box.appendChild(mergeQuestion(conflict, who));
            });
            showGeneral('warning', t('pmo.risk.error.conflict'), [t('pmo.risk.merge.intro', current.version), box]);
            const first = box.querySelector('input[type=radio]');
            if (first) {
                first.focus();
            } else {
                focusGeneral();
            }
            refreshAll();
        }

        function mergeQuestion(conflict, who) {
            const name = conflict.field;
            const fieldset = el('fieldset', 'pmo-merge-field');
            fieldset.setAttribute('data-merge-field', name);
            fieldset.appendChild(el('legend', null, fieldLabel(name)));
            [['yours', t('pmo.risk.merge.yours', mergeValueText(name, conflict.yours))],
                ['theirs', t('pmo.risk.merge.theirs', mergeValueText(name, conflict.theirs), who)]]
                .forEach(function (choice) {
                    const id = 'pmo-merge-' + name + '-' + choice[0];
                    const option = el('div', 'radio');
                    const input = el('input', 'radio');
                    input.type = 'radio';
                    input.name = 'pmo-merge-' + name;
                    input.id = id;
                    input.value = choice[0];
                    input.addEventListener('change', function () {
                        chooseMerge(name, choice[0]);
                    });
                    const text = el('label', null, choice[1]);
                    text.htmlFor = id;
                    option.appendChild(input);
                    option.appendChild(text);
                    fieldset.appendChild(option);
                });
            if (conflict.base !== undefined) {
                fieldset.appendChild(el('div', 'description pmo-merge-base',
                    t('pmo.risk.merge.base', mergeValueText(name, conflict.base))));
            }
            return fieldset;
        }

        function chooseMerge(name, side) {
            const question = dialog.merge && dialog.merge[name];
            if (!question) {
                return;
            }
            question.chosen = side;
            setFieldValue(name, side === 'yours' ? question.yours : question.theirs);
            const hint = byId('pmo-risk-merge-needed');
            if (hint && !unresolvedMergeField()) {
                hint.remove();
            }
        }

        function unresolvedMergeField() {
            return Object.keys(dialog.merge || {}).find(function (name) {
                return dialog.merge[name].chosen === null;
            }) || null;
        }

        function showMergeChoiceNeeded() {
            const box = byId('pmo-risk-merge');
            if (!box || byId('pmo-risk-merge-needed')) {
                return;
            }
            const hint = el('p', 'error pmo-merge-needed', t('pmo.risk.merge.choose'));
            hint.id = 'pmo-risk-merge-needed';
            hint.setAttribute('role', 'alert');
            box.appendChild(hint);
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
            if (dialog.merge && unresolvedMergeField()) {
                const field = unresolvedMergeField();
                showMergeChoiceNeeded();
                const first = document.querySelector('#pmo-risk-merge input[name="pmo-merge-' + field + '"]');
                if (first) {
                    first.focus();
                }
                return;
            }
            dialog.merge = null;
            clearErrors();
            hideDeleteConfirm();
            hideDiscardConfirm();
            let body = readForm();
            const creating = dialog.mode === 'create';
            if (!creating) {
                body.version = dialog.risk.version;
            }
            setBusy(true);
            markStale(true);
            let result = creating
                ? await api('POST', projectPath('/risks'), body)
                : await api('PUT', '/risks/' + encodeURIComponent(dialog.risk.id), body, undefined, false);
            // A late save whose changes touch only fields nobody else changed is merged by the server and saved
            // again on top of the current version, without a question.
            let mergedWith = null;
            for (let attempt = 1; !creating && attempt < MERGE_ATTEMPTS && cleanMerge(result) && dialog.open;
                 attempt++) {
                mergedWith = result.data.current;
                body = result.data.merged;
                result = await api('PUT', '/risks/' + encodeURIComponent(dialog.risk.id), body, undefined, false);
            }
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
                notify('success', mergedWith
                    ? t('pmo.risk.merge.saved', saved ? saved.title : '',
                        mergedWith.updatedByName || mergedWith.updatedBy || t('pmo.risk.merge.someone'))
                    : t(creating ? 'pmo.risk.created' : 'pmo.risk.saved', saved ? saved.title : ''));
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
                const failure = describeFailure(result);
                notify('warning', failure.text, failure);
                if (result.data && result.data.current && result.data.merged
                    && Array.isArray(result.data.conflicts)) {
                    showMerge(result.data);
                } else {
                    handleConflict(body, result.data ? result.data.current : null);
                }
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
            hideDiscardConfirm();
            confirm.hidden = false;
            confirm.scrollIntoView({block: 'nearest'});
            byId('pmo-risk-delete-yes').focus();
        }

        /* ------------------------------------------------------------------ dialog: closing with unsaved changes */

        /**
         * Cancel, the close icon, Escape and the page (Back) all close through here: with unsaved changes the dialog
         * first asks whether to discard them. Answers whether the dialog closed now.
         */
        function requestClose() {
            if (!dialog.open) {
                return true;
            }
            if (dialog.busy) {
                return false;
            }
            if (isDirty()) {
                showDiscardConfirm();
                return false;
            }
            closeNow();
            return true;
        }

        function closeNow() {
            dialog.snapshot = null;
            hideDialog();
        }

        function showDiscardConfirm() {
            const confirm = byId('pmo-risk-discard-confirm');
            if (!confirm) {
                closeNow();
                return;
            }
            hideDeleteConfirm();
            confirm.hidden = false;
            confirm.scrollIntoView({block: 'nearest'});
            byId('pmo-risk-discard-yes').focus();
        }

        function hideDiscardConfirm() {
            const confirm = byId('pmo-risk-discard-confirm');
            if (confirm) {
                confirm.hidden = true;
            }
        }

        function keepEditing() {
            hideDiscardConfirm();
            focusFirstField();
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
            const read = byId('pmo-risk-read');
            byId('pmo-risk-form').hidden = showHistory || dialog.mode === 'view';
            if (read) {
                read.hidden = showHistory || dialog.mode !== 'view';
            }
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
            byId('pmo-risk-cancel').addEventListener('click', requestClose);
            const closeIcon = byId('pmo-risk-close');
            if (closeIcon) {
                closeIcon.addEventListener('click', function (event) {
                    event.preventDefault();
                    event.stopPropagation();
                    requestClose();
                });
            }
            const discard = byId('pmo-risk-discard-yes');
            if (discard) {
                discard.addEventListener('click', function () {
                    hideDiscardConfirm();
                    closeNow();
                });
            }
            const keep = byId('pmo-risk-discard-no');
            if (keep) {
                keep.addEventListener('click', keepEditing);
            }
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
                event.preventDefault();
                const discardConfirm = byId('pmo-risk-discard-confirm');
                if (discardConfirm && !discardConfirm.hidden) {
                    // Escape answers the question as the safe choice: the changes stay.
                    keepEditing();
                    return;
                }
                const confirm = byId('pmo-risk-delete-confirm');
                if (confirm && !confirm.hidden) {
                    hideDeleteConfirm();
                    return;
                }
                requestClose();
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
            shownRiskId: shownRiskId,
            /** Closes the dialog as Cancel does (asking first when there are unsaved changes); true if it closed. */
            close: requestClose,
            isOpen: function () {
                return dialog.open;
            },
            /** Calls listener({riskId}) each time the dialog has closed; riskId is null for a new risk. */
            onClose: function (listener) {
                if (typeof listener === 'function') {
                    closeListeners.push(listener);
                }
            }
        };
    };
}());
