/*
 * The Import / export tab: downloads the standards and sets as one JSON document (GET /compliance/export); reads an
 * uploaded document into an import plan (POST /compliance/import?dryRun=true: what it would create, change and leave
 * alone, and its problems), and applies exactly that plan (POST /compliance/import with the plan's fingerprint);
 * when the standards changed in between (409) it says so and shows the file's plan as it is now.
 */
(function () {
    'use strict';

    const STRINGS = {
        'pmo.compliance.admin.transfer.export': AJS.I18n.getText('pmo.compliance.admin.transfer.export'),
        'pmo.compliance.admin.transfer.export.intro': AJS.I18n.getText('pmo.compliance.admin.transfer.export.intro'),
        'pmo.compliance.admin.transfer.download': AJS.I18n.getText('pmo.compliance.admin.transfer.download'),
        'pmo.compliance.admin.transfer.import': AJS.I18n.getText('pmo.compliance.admin.transfer.import'),
        'pmo.compliance.admin.transfer.import.intro': AJS.I18n.getText('pmo.compliance.admin.transfer.import.intro'),
        'pmo.compliance.admin.transfer.file': AJS.I18n.getText('pmo.compliance.admin.transfer.file'),
        'pmo.compliance.admin.transfer.preview': AJS.I18n.getText('pmo.compliance.admin.transfer.preview'),
        'pmo.compliance.admin.transfer.too.large': AJS.I18n.getText('pmo.compliance.admin.transfer.too.large'),
        'pmo.compliance.admin.transfer.not.json': AJS.I18n.getText('pmo.compliance.admin.transfer.not.json'),
        'pmo.compliance.admin.transfer.plan': AJS.I18n.getText('pmo.compliance.admin.transfer.plan'),
        'pmo.compliance.admin.transfer.created': AJS.I18n.getText('pmo.compliance.admin.transfer.created'),
        'pmo.compliance.admin.transfer.changed': AJS.I18n.getText('pmo.compliance.admin.transfer.changed'),
        'pmo.compliance.admin.transfer.unchanged': AJS.I18n.getText('pmo.compliance.admin.transfer.unchanged'),
        'pmo.compliance.admin.transfer.problems': AJS.I18n.getText('pmo.compliance.admin.transfer.problems'),
        'pmo.compliance.admin.transfer.fields': AJS.I18n.getText('pmo.compliance.admin.transfer.fields'),
        'pmo.compliance.admin.transfer.nothing': AJS.I18n.getText('pmo.compliance.admin.transfer.nothing'),
        'pmo.compliance.admin.transfer.kind.standard': AJS.I18n.getText('pmo.compliance.admin.transfer.kind.standard'),
        'pmo.compliance.admin.transfer.kind.set': AJS.I18n.getText('pmo.compliance.admin.transfer.kind.set'),
        'pmo.compliance.admin.transfer.apply': AJS.I18n.getText('pmo.compliance.admin.transfer.apply'),
        'pmo.compliance.admin.transfer.blocked': AJS.I18n.getText('pmo.compliance.admin.transfer.blocked'),
        'pmo.compliance.admin.transfer.applied': AJS.I18n.getText('pmo.compliance.admin.transfer.applied'),
        'pmo.compliance.admin.transfer.stale': AJS.I18n.getText('pmo.compliance.admin.transfer.stale')
    };

    const PMO = window.PMO;
    const CA = PMO.complianceAdmin;
    const el = PMO.el;
    const t = CA.strings(STRINGS);
    // The document is read into the page before it is sent; the server has its own, documented, limit.
    const MAX_FILE_BYTES = 5 * 1024 * 1024;

    let documentText = null;
    let plan = null;

    function result() {
        return document.getElementById('cpl-import-result');
    }

    function message(type, text, extra) {
        const box = CA.clear(result());
        const node = box.appendChild(el('div', 'aui-message aui-message-' + type));
        node.appendChild(el('p', null, text));
        if (extra) {
            node.appendChild(extra);
        }
        return node;
    }

    function preview() {
        const input = document.getElementById('cpl-import-file');
        const file = input.files && input.files[0];
        plan = null;
        if (!file) {
            return;
        }
        if (file.size > MAX_FILE_BYTES) {
            message('error', t('pmo.compliance.admin.transfer.too.large', file.name));
            return;
        }
        file.text().then(function (text) {
            documentText = text;
            return dryRun();
        });
    }

    /** Asks for the file's plan and shows it, under keep when given (the stale plan's explanation). */
    function dryRun(keep) {
        const button = document.getElementById('cpl-import-preview');
        button.disabled = true;
        return CA.api('POST', 'compliance/import?dryRun=true', documentText).then(function (answer) {
            button.disabled = false;
            if (answer.status === 400) {
                showProblems(answer.fieldErrors.length ? answer.fieldErrors
                    : [{field: '', message: answer.data && answer.data.message || ''}], null);
            } else if (answer.ok) {
                plan = answer.data;
                showPlan(plan, keep);
            }
        });
    }

    function entryLine(entry) {
        const kind = entry.kind === 'set' ? t('pmo.compliance.admin.transfer.kind.set')
            : t('pmo.compliance.admin.transfer.kind.standard');
        return kind + ' \u201c' + (entry.name || '') + '\u201d';
    }

    function section(box, id, title, entries, withFields) {
        const part = box.appendChild(el('div', 'pmo-cpl-plan-part'));
        part.id = id;
        part.appendChild(el('h4', null, t(title, entries.length)));
        if (!entries.length) {
            return;
        }
        const list = part.appendChild(el('ul', 'pmo-cpl-plan-list'));
        entries.forEach(function (entry) {
            const item = list.appendChild(el('li', null, entryLine(entry)));
            const fields = withFields ? entry.fields : [];
            if (fields.length) {
                item.appendChild(el('span', 'pmo-cpl-plan-fields', ' \u2014 ' + t('pmo.compliance.admin.transfer.fields',
                    fields.join(', '))));
            }
        });
    }

    function showProblems(problems, box) {
        const target = box || CA.clear(result());
        const part = target.appendChild(el('div', 'aui-message aui-message-error pmo-cpl-plan-problems'));
        part.id = 'cpl-plan-problems';
        part.appendChild(el('p', 'title')).appendChild(el('strong', null, t('pmo.compliance.admin.transfer.problems',
            problems.length)));
        const list = part.appendChild(el('ul'));
        problems.forEach(function (problem) {
            list.appendChild(el('li', null, typeof problem === 'string' ? problem
                : (problem.field ? problem.field + ': ' : '') + problem.message));
        });
    }

    /** The plan's items by what the import does to them: {CREATE, CHANGE, UNCHANGED} of {kind, name, fields}. */
    function byAction(data) {
        function items(list) {
            return (list || []).map(function (item) {
                return {kind: item.kind, name: item.name, fields: item.changedFields || []};
            });
        }
        return {CREATE: items(data.created), CHANGE: items(data.changed), UNCHANGED: items(data.unchanged)};
    }

    /** Draws the plan, under what is kept above it (the stale plan's explanation), with Apply when it applies. */
    function showPlan(data, keep) {
        const box = result();
        while (box.lastChild && box.lastChild !== keep) {
            box.removeChild(box.lastChild);
        }
        box.appendChild(el('h3', null, t('pmo.compliance.admin.transfer.plan')));
        const grouped = byAction(data);
        const created = grouped.CREATE;
        const changed = grouped.CHANGE;
        const unchanged = grouped.UNCHANGED;
        const problems = data.problems || [];
        if (problems.length) {
            showProblems(problems, box);
        }
        section(box, 'cpl-plan-created', 'pmo.compliance.admin.transfer.created', created, false);
        section(box, 'cpl-plan-changed', 'pmo.compliance.admin.transfer.changed', changed, true);
        section(box, 'cpl-plan-unchanged', 'pmo.compliance.admin.transfer.unchanged', unchanged, false);
        const buttons = box.appendChild(el('div', 'buttons'));
        const apply = buttons.appendChild(CA.button(t('pmo.compliance.admin.transfer.apply'), 'aui-button-primary',
            applyPlan));
        apply.id = 'cpl-import-apply';
        if (problems.length) {
            apply.disabled = true;
            buttons.appendChild(el('span', 'description', ' ' + t('pmo.compliance.admin.transfer.blocked')));
        } else if (!created.length && !changed.length) {
            apply.disabled = true;
            buttons.appendChild(el('span', 'description', ' ' + t('pmo.compliance.admin.transfer.nothing')));
        }
    }

    function applyPlan() {
        let parsed;
        try {
            parsed = JSON.parse(documentText);
        } catch (e) {
            message('error', t('pmo.compliance.admin.transfer.not.json'));
            return;
        }
        const apply = document.getElementById('cpl-import-apply');
        apply.disabled = true;
        CA.api('POST', 'compliance/import', {document: parsed, fingerprint: plan.fingerprint},
            {flag: [0, 401, 403, 404, 500]}).then(function (answer) {
            apply.disabled = false;
            if (answer.ok) {
                const done = answer.data || {};
                const grouped = byAction(done);
                message('success', t('pmo.compliance.admin.transfer.applied', grouped.CREATE.length,
                    grouped.CHANGE.length, grouped.UNCHANGED.length)).id = 'cpl-import-applied';
                plan = null;
                if (CA.loadStandards) {
                    CA.loadStandards();
                }
            } else if (answer.status === 409) {
                // Explained, with the file's plan as it is now under it, to apply if it still suits.
                const stale = CA.clear(result()).appendChild(el('div', 'aui-message aui-message-warning'));
                stale.id = 'cpl-import-stale';
                stale.appendChild(el('p', null, t('pmo.compliance.admin.transfer.stale')));
                plan = null;
                dryRun(stale);
            } else if (answer.status === 400) {
                showProblems(answer.fieldErrors.length ? answer.fieldErrors
                    : [{field: '', message: answer.data && answer.data.message || ''}], null);
            }
        });
    }

    CA.tab('transfer', {
        start: function (panel) {
            panel.appendChild(el('h2', null, t('pmo.compliance.admin.transfer.export')));
            panel.appendChild(el('p', null, t('pmo.compliance.admin.transfer.export.intro')));
            const download = panel.appendChild(el('a', 'aui-button', t('pmo.compliance.admin.transfer.download')));
            download.id = 'cpl-export';
            download.href = CA.base + 'compliance/export';
            download.setAttribute('download', 'pmo-compliance-standards.json');

            panel.appendChild(el('h2', null, t('pmo.compliance.admin.transfer.import')));
            panel.appendChild(el('p', null, t('pmo.compliance.admin.transfer.import.intro')));
            const form = panel.appendChild(el('form', 'aui'));
            form.id = 'cpl-import-form';
            form.noValidate = true;
            const file = el('input', 'upfile');
            file.type = 'file';
            file.accept = 'application/json,.json';
            file.id = 'cpl-import-file';
            CA.field(form, t('pmo.compliance.admin.transfer.file'), file, 'document');
            const buttons = form.appendChild(el('div', 'buttons-container')).appendChild(el('div', 'buttons'));
            const run = buttons.appendChild(el('button', 'aui-button', t('pmo.compliance.admin.transfer.preview')));
            run.type = 'submit';
            run.id = 'cpl-import-preview';
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                preview();
            });
            file.addEventListener('change', function () {
                CA.clear(result());
                plan = null;
            });
            panel.appendChild(el('div', 'pmo-cpl-import-result')).id = 'cpl-import-result';
        }
    });
}());
