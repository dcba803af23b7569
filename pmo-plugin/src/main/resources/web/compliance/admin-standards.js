/*
 * The Standards tab: the list of standards, and the dialog that creates and edits one (name, rationale, severity,
 * weight, enabled and its check, with the condition builder for Condition rules) with a live preview on a chosen
 * project from POST /compliance/preview: asked for a moment after the form last changed, and abandoned when it
 * changes again.
 */
(function () {
    'use strict';

    const STRINGS = {
        'pmo.compliance.admin.standards.create': AJS.I18n.getText('pmo.compliance.admin.standards.create'),
        'pmo.compliance.admin.standards.empty': AJS.I18n.getText('pmo.compliance.admin.standards.empty'),
        'pmo.compliance.admin.standards.name': AJS.I18n.getText('pmo.compliance.admin.standards.name'),
        'pmo.compliance.admin.standards.rationale': AJS.I18n.getText('pmo.compliance.admin.standards.rationale'),
        'pmo.compliance.admin.standards.severity': AJS.I18n.getText('pmo.compliance.admin.standards.severity'),
        'pmo.compliance.admin.standards.weight': AJS.I18n.getText('pmo.compliance.admin.standards.weight'),
        'pmo.compliance.admin.standards.weight.help': AJS.I18n.getText('pmo.compliance.admin.standards.weight.help'),
        'pmo.compliance.admin.standards.enabled': AJS.I18n.getText('pmo.compliance.admin.standards.enabled'),
        'pmo.compliance.admin.standards.check': AJS.I18n.getText('pmo.compliance.admin.standards.check'),
        'pmo.compliance.admin.standards.summary': AJS.I18n.getText('pmo.compliance.admin.standards.summary'),
        'pmo.compliance.admin.standards.yes': AJS.I18n.getText('pmo.compliance.admin.standards.yes'),
        'pmo.compliance.admin.standards.no': AJS.I18n.getText('pmo.compliance.admin.standards.no'),
        'pmo.compliance.admin.standards.new.title': AJS.I18n.getText('pmo.compliance.admin.standards.new.title'),
        'pmo.compliance.admin.standards.edit.title': AJS.I18n.getText('pmo.compliance.admin.standards.edit.title'),
        'pmo.compliance.admin.standards.saved': AJS.I18n.getText('pmo.compliance.admin.standards.saved'),
        'pmo.compliance.admin.standards.deleted': AJS.I18n.getText('pmo.compliance.admin.standards.deleted'),
        'pmo.compliance.admin.standards.delete.confirm': AJS.I18n.getText('pmo.compliance.admin.standards.delete.confirm'),
        'pmo.compliance.admin.standards.not.deleted': AJS.I18n.getText('pmo.compliance.admin.standards.not.deleted'),
        'pmo.compliance.admin.severity.INFO': AJS.I18n.getText('pmo.compliance.admin.severity.INFO'),
        'pmo.compliance.admin.severity.MINOR': AJS.I18n.getText('pmo.compliance.admin.severity.MINOR'),
        'pmo.compliance.admin.severity.MAJOR': AJS.I18n.getText('pmo.compliance.admin.severity.MAJOR'),
        'pmo.compliance.admin.severity.CRITICAL': AJS.I18n.getText('pmo.compliance.admin.severity.CRITICAL'),
        'pmo.compliance.admin.preview.title': AJS.I18n.getText('pmo.compliance.admin.preview.title'),
        'pmo.compliance.admin.preview.project': AJS.I18n.getText('pmo.compliance.admin.preview.project'),
        'pmo.compliance.admin.preview.choose': AJS.I18n.getText('pmo.compliance.admin.preview.choose'),
        'pmo.compliance.admin.preview.pick': AJS.I18n.getText('pmo.compliance.admin.preview.pick'),
        'pmo.compliance.admin.preview.running': AJS.I18n.getText('pmo.compliance.admin.preview.running'),
        'pmo.compliance.admin.preview.flag': AJS.I18n.getText('pmo.compliance.admin.preview.flag'),
        'pmo.compliance.admin.preview.flag.versions': AJS.I18n.getText('pmo.compliance.admin.preview.flag.versions'),
        'pmo.compliance.admin.preview.flag.risks': AJS.I18n.getText('pmo.compliance.admin.preview.flag.risks'),
        'pmo.compliance.admin.preview.fail.project': AJS.I18n.getText('pmo.compliance.admin.preview.fail.project'),
        'pmo.compliance.admin.preview.pass': AJS.I18n.getText('pmo.compliance.admin.preview.pass'),
        'pmo.compliance.admin.preview.na': AJS.I18n.getText('pmo.compliance.admin.preview.na'),
        'pmo.compliance.admin.preview.error': AJS.I18n.getText('pmo.compliance.admin.preview.error'),
        'pmo.compliance.admin.preview.invalid': AJS.I18n.getText('pmo.compliance.admin.preview.invalid'),
        'pmo.compliance.admin.preview.failed': AJS.I18n.getText('pmo.compliance.admin.preview.failed'),
        'pmo.compliance.admin.preview.more': AJS.I18n.getText('pmo.compliance.admin.preview.more'),
        'pmo.compliance.admin.preview.navigator': AJS.I18n.getText('pmo.compliance.admin.preview.navigator')
    };

    const PMO = window.PMO;
    const CA = PMO.complianceAdmin;
    const el = PMO.el;
    const t = CA.strings(STRINGS);
    // The API's spelling; the i18n keys name them as the core does (MAJOR).
    const SEVERITIES = ['info', 'minor', 'major', 'critical'];
    const SEVERITY_LOZENGE = {info: 'aui-lozenge-subtle', minor: 'aui-lozenge-complete', major: 'aui-lozenge-moved',
        critical: 'aui-lozenge-error'};
    const PREVIEW_PAUSE_MS = 400;
    const PREVIEW_KEYS_SHOWN = 10;

    let panel = null;
    let dialog = null;
    let editing = null;
    let checkForm = null;
    let previewRequest = null;
    let previewSeq = 0;

    CA.standards = [];

    /* ------------------------------------------------------------------ list */

    function load() {
        return CA.api('GET', 'compliance/standards').then(function (result) {
            if (result.ok) {
                CA.standards = result.data;
                renderList();
            }
            return CA.standards;
        });
    }
    CA.loadStandards = load;

    function lozenge(severity) {
        const value = String(severity).toLowerCase();
        const span = el('span', 'aui-lozenge pmo-cpl-severity ' + (SEVERITY_LOZENGE[value] || ''),
            t('pmo.compliance.admin.severity.' + value.toUpperCase()));
        span.setAttribute('data-severity', value);
        return span;
    }
    CA.severityLozenge = lozenge;

    function renderList() {
        const table = CA.table([t('pmo.compliance.admin.standards.name'), t('pmo.compliance.admin.standards.severity'),
            t('pmo.compliance.admin.standards.weight'), t('pmo.compliance.admin.standards.enabled'),
            t('pmo.compliance.admin.standards.check'), t('pmo.compliance.admin.standards.summary'),
            t('pmo.compliance.admin.actions')], 'pmo-cpl-standards');
        table.id = 'cpl-standards';
        if (!CA.standards.length) {
            CA.emptyRow(table, 7, t('pmo.compliance.admin.standards.empty'));
        }
        CA.standards.forEach(function (standard) {
            const row = table.tBodies[0].appendChild(el('tr', 'pmo-cpl-standard-row'));
            row.setAttribute('data-standard-id', String(standard.id));
            row.appendChild(el('td', 'pmo-cpl-standard-name', standard.name));
            row.appendChild(el('td')).appendChild(lozenge(standard.severity));
            row.appendChild(el('td', 'pmo-cpl-weight', standard.weight));
            row.appendChild(el('td', null, standard.enabled ? t('pmo.compliance.admin.standards.yes')
                : t('pmo.compliance.admin.standards.no')));
            row.appendChild(el('td', 'pmo-cpl-check-type', CA.checks.label(standard.check && standard.check.type)));
            row.appendChild(el('td', 'pmo-cpl-check-summary', CA.checks.summary(standard.check)));
            CA.rowActions(row, function (opener) {
                CA.editFresh('compliance/standards/' + standard.id, openEditor, opener);
            }, function () {
                remove(standard);
            });
        });
        CA.placeTable(panel, table);
    }

    function remove(standard) {
        if (!window.confirm(t('pmo.compliance.admin.standards.delete.confirm', standard.name))) {
            return;
        }
        CA.api('DELETE', 'compliance/standards/' + standard.id + '?version=' + standard.version).then(function (r) {
            if (r.ok) {
                PMO.flag('success', t('pmo.compliance.admin.standards.deleted', standard.name));
            } else if (r.status === 400) {
                // A standard a set lists is kept: the answer names the sets.
                PMO.flag('error', t('pmo.compliance.admin.standards.not.deleted', standard.name), {
                    detail: r.fieldErrors.map(function (error) {
                        return error.message;
                    }).join(' ')});
            }
            load();
        });
    }

    /* ------------------------------------------------------------------ editor */

    function read() {
        if (!editing) {
            return null;
        }
        const form = dialog.form;
        return {
            name: form.querySelector('#cpl-std-name').value,
            rationale: form.querySelector('#cpl-std-rationale').value,
            severity: form.querySelector('#cpl-std-severity').value,
            weight: (function (text) {
                return /^[0-9]{1,9}$/.test(text.trim()) ? Number(text.trim()) : text.trim();
            }(form.querySelector('#cpl-std-weight').value)),
            enabled: form.querySelector('#cpl-std-enabled').checked,
            check: checkForm ? checkForm.read() : null,
            version: editing.version
        };
    }

    function ensureDialog() {
        if (dialog) {
            return;
        }
        dialog = CA.editorDialog({id: 'cpl-standard-dialog', size: 'xlarge', read: read, submit: save,
            closed: function () {
                cancelPreview();
                editing = null;
            }});
    }

    function openEditor(standard, opener) {
        ensureDialog();
        cancelPreview();
        editing = standard ? {id: standard.id, version: standard.version} : {id: null, version: null};
        const values = standard || {name: '', rationale: '', severity: 'major', weight: 5, enabled: true,
            check: {type: 'condition'}};
        const form = CA.clear(dialog.form);
        CA.nameAndText(form, values, {prefix: 'cpl-std', text: 'rationale',
            nameLabel: t('pmo.compliance.admin.standards.name'),
            textLabel: t('pmo.compliance.admin.standards.rationale')});
        const severity = CA.select(SEVERITIES.map(function (s) {
            return [s, t('pmo.compliance.admin.severity.' + s.toUpperCase())];
        }), String(values.severity).toLowerCase());
        severity.id = 'cpl-std-severity';
        CA.field(form, t('pmo.compliance.admin.standards.severity'), severity, 'severity');
        const weight = CA.input('number', values.weight, 'short-field');
        weight.id = 'cpl-std-weight';
        weight.min = '1';
        weight.max = '100';
        CA.field(form, t('pmo.compliance.admin.standards.weight'), weight, 'weight',
            t('pmo.compliance.admin.standards.weight.help'));
        CA.checkboxField(form, t('pmo.compliance.admin.standards.enabled'), values.enabled, 'cpl-std-enabled',
            'enabled');

        const type = CA.select(CA.checks.types.map(function (kind) {
            return [kind, CA.checks.label(kind)];
        }), values.check ? values.check.type : 'condition');
        type.id = 'cpl-std-check-type';
        CA.field(form, t('pmo.compliance.admin.standards.check'), type, 'check.type');
        const params = form.appendChild(el('fieldset', 'pmo-cpl-check-params'));
        params.id = 'cpl-check-params';
        function drawCheck(check) {
            CA.clear(params);
            checkForm = CA.checks.form(params, type.value, check, schedulePreview);
        }
        drawCheck(values.check);
        type.addEventListener('change', function () {
            drawCheck(null);
            schedulePreview();
        });
        // Only the check decides what the preview finds; a new name or weight does not ask again.
        params.addEventListener('input', schedulePreview);
        params.addEventListener('change', schedulePreview);

        previewArea(CA.clear(dialog.hint));
        dialog.open(standard ? t('pmo.compliance.admin.standards.edit.title', standard.name)
            : t('pmo.compliance.admin.standards.new.title'), opener);
        schedulePreview();
    }

    function save() {
        const state = editing;
        CA.saveEditor({dialog: dialog, collection: 'compliance/standards', body: read(), state: state,
            current: function () {
                return editing;
            },
            saved: function (name) {
                return t('pmo.compliance.admin.standards.saved', name);
            },
            reopen: openEditor, reload: load});
    }

    /* ------------------------------------------------------------------ live preview */

    function previewArea(container) {
        const box = container.appendChild(el('div', 'pmo-cpl-preview'));
        box.setAttribute('role', 'group');
        box.setAttribute('aria-label', t('pmo.compliance.admin.preview.title'));
        const projects = [['', t('pmo.compliance.admin.preview.choose')]].concat(
            (CA.catalog ? CA.catalog.projects : []).map(function (project) {
                return [project.key, CA.projectLabel(project)];
            }));
        const choice = CA.select(projects, CA.previewProject || '');
        choice.id = 'cpl-preview-project';
        const caption = box.appendChild(el('label', 'pmo-cpl-preview-label', t('pmo.compliance.admin.preview.project')));
        caption.htmlFor = choice.id;
        box.appendChild(choice);
        // Outside the form: choosing a project is no change to the standard, so it is asked for here.
        choice.addEventListener('change', function () {
            CA.previewProject = choice.value;
            schedulePreview();
        });
        const result = box.appendChild(el('div', 'pmo-cpl-preview-result'));
        result.id = 'cpl-preview-result';
        result.setAttribute('role', 'status');
        result.setAttribute('aria-live', 'polite');
    }

    /** The preview's sentence, with the first offending issues as links, or the first other offenders as text. */
    function previewShow(state, text, keys, total, offenders) {
        const box = document.getElementById('cpl-preview-result');
        if (!box) {
            return;
        }
        CA.clear(box);
        box.setAttribute('data-state', state);
        box.appendChild(el('p', 'pmo-cpl-preview-text', text));
        if (keys && keys.length) {
            const list = box.appendChild(el('p', 'pmo-cpl-preview-keys'));
            keys.slice(0, PREVIEW_KEYS_SHOWN).forEach(function (key, index) {
                if (index) {
                    list.appendChild(document.createTextNode(', '));
                }
                const link = list.appendChild(el('a', null, key));
                link.href = CA.contextPath + '/browse/' + encodeURIComponent(key);
                link.target = '_blank';
                link.rel = 'noopener';
            });
            if (total > Math.min(keys.length, PREVIEW_KEYS_SHOWN)) {
                list.appendChild(document.createTextNode(' ' + t('pmo.compliance.admin.preview.more',
                    total - Math.min(keys.length, PREVIEW_KEYS_SHOWN))));
            }
        } else if (offenders && offenders.length) {
            box.appendChild(el('p', 'pmo-cpl-preview-keys', offenders.slice(0, PREVIEW_KEYS_SHOWN).join(', ')
                + (total > PREVIEW_KEYS_SHOWN ? ' ' + t('pmo.compliance.admin.preview.more',
                    total - PREVIEW_KEYS_SHOWN) : '')));
        }
    }

    function cancelPreview() {
        previewSeq++;
        clearTimeout(CA.previewTimer);
        if (previewRequest) {
            previewRequest.abort();
            previewRequest = null;
        }
    }

    function schedulePreview() {
        cancelPreview();
        if (!editing || !dialog.isOpen()) {
            return;
        }
        const project = document.getElementById('cpl-preview-project');
        if (!project || !project.value) {
            previewShow('idle', t('pmo.compliance.admin.preview.pick'));
            return;
        }
        previewShow('running', t('pmo.compliance.admin.preview.running', project.value));
        CA.previewTimer = setTimeout(runPreview, PREVIEW_PAUSE_MS);
    }

    function runPreview() {
        const body = read();
        const projectKey = document.getElementById('cpl-preview-project').value;
        const mine = ++previewSeq;
        previewRequest = new AbortController();
        CA.api('POST', 'compliance/preview', {check: body.check, projectKey: projectKey},
            {flag: false, signal: previewRequest.signal}).then(function (result) {
            if (mine !== previewSeq || result.aborted) {
                return;
            }
            previewRequest = null;
            if (result.status === 400) {
                CA.showErrors(dialog.form, dialog.errors, result.fieldErrors.filter(function (error) {
                    return error.field && error.field.indexOf('check') === 0;
                }), 'check');
                previewShow('invalid', t('pmo.compliance.admin.preview.invalid'));
                return;
            }
            CA.showErrors(dialog.form, dialog.errors, [], 'check');
            if (!result.ok || !result.data) {
                previewShow('failed', t('pmo.compliance.admin.preview.failed',
                    PMO.describeFailure(result, null, CA.contextPath).text));
                return;
            }
            describePreview(result.data);
        });
    }

    /** "Open in issue navigator" under the preview, for a condition or JQL check the navigator can run. */
    function previewNavigator(navigator) {
        const box = document.getElementById('cpl-preview-result');
        if (!box || !navigator || typeof navigator.url !== 'string' || navigator.url.indexOf('/issues/?jql=') !== 0) {
            return;
        }
        const line = box.appendChild(el('p', 'pmo-cpl-preview-navigator'));
        const link = line.appendChild(el('a', 'pmo-cpl-navigator-link', t('pmo.compliance.admin.preview.navigator')));
        link.id = 'cpl-preview-navigator';
        link.href = CA.contextPath + navigator.url;
        link.title = navigator.jql;
        link.setAttribute('data-jql', navigator.jql);
        link.target = '_blank';
        link.rel = 'noopener';
    }

    function describePreview(data) {
        describeOutcome(data);
        previewNavigator(data.navigator);
    }

    function describeOutcome(data) {
        const key = data.projectKey;
        const total = Number(data.total || 0);
        const keys = data.issueKeys || [];
        const kind = String(data.offenderKind || 'issue').toLowerCase();
        switch (String(data.outcome).toLowerCase()) {
            case 'failed':
            case 'waived':
                if (kind === 'project') {
                    previewShow('fail', t('pmo.compliance.admin.preview.fail.project', key, data.detail || ''));
                } else if (kind === 'version') {
                    previewShow('fail', t('pmo.compliance.admin.preview.flag.versions', total, key), [], total,
                        data.offenders);
                } else if (kind === 'risk') {
                    previewShow('fail', t('pmo.compliance.admin.preview.flag.risks', total, key), [], total,
                        data.offenders);
                } else {
                    previewShow('fail', t('pmo.compliance.admin.preview.flag', total, key), keys, total);
                }
                break;
            case 'passed':
                previewShow('pass', t('pmo.compliance.admin.preview.pass', key));
                break;
            case 'not-applicable':
                previewShow('na', t('pmo.compliance.admin.preview.na', key, data.detail || ''));
                break;
            default:
                previewShow('error', t('pmo.compliance.admin.preview.error', key, data.detail || ''));
                break;
        }
    }

    /* ------------------------------------------------------------------ tab */

    CA.listTab('standards', {createLabel: t('pmo.compliance.admin.standards.create'),
        createId: 'cpl-standard-create',
        started: function (node) {
            panel = node;
        },
        open: openEditor, load: load});
}());
