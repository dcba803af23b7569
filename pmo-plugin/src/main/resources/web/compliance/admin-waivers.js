/*
 * The Waiver approvals tab: requested waivers, each with a note and Approve / Reject
 * (POST /compliance/waivers/{id}/approve|reject with the version read), and the other waivers by status.
 */
(function () {
    'use strict';

    const STRINGS = {
        'pmo.compliance.admin.waivers.requested': AJS.I18n.getText('pmo.compliance.admin.waivers.requested'),
        'pmo.compliance.admin.waivers.requested.empty': AJS.I18n.getText('pmo.compliance.admin.waivers.requested.empty'),
        'pmo.compliance.admin.waivers.others': AJS.I18n.getText('pmo.compliance.admin.waivers.others'),
        'pmo.compliance.admin.waivers.others.empty': AJS.I18n.getText('pmo.compliance.admin.waivers.others.empty'),
        'pmo.compliance.admin.waivers.status': AJS.I18n.getText('pmo.compliance.admin.waivers.status'),
        'pmo.compliance.admin.waivers.project': AJS.I18n.getText('pmo.compliance.admin.waivers.project'),
        'pmo.compliance.admin.waivers.standard': AJS.I18n.getText('pmo.compliance.admin.waivers.standard'),
        'pmo.compliance.admin.waivers.issues': AJS.I18n.getText('pmo.compliance.admin.waivers.issues'),
        'pmo.compliance.admin.waivers.issues.all': AJS.I18n.getText('pmo.compliance.admin.waivers.issues.all'),
        'pmo.compliance.admin.waivers.justification': AJS.I18n.getText('pmo.compliance.admin.waivers.justification'),
        'pmo.compliance.admin.waivers.expires': AJS.I18n.getText('pmo.compliance.admin.waivers.expires'),
        'pmo.compliance.admin.waivers.requested.by': AJS.I18n.getText('pmo.compliance.admin.waivers.requested.by'),
        'pmo.compliance.admin.waivers.requester': AJS.I18n.getText('pmo.compliance.admin.waivers.requester'),
        'pmo.compliance.admin.waivers.decision': AJS.I18n.getText('pmo.compliance.admin.waivers.decision'),
        'pmo.compliance.admin.waivers.decided': AJS.I18n.getText('pmo.compliance.admin.waivers.decided'),
        'pmo.compliance.admin.waivers.note': AJS.I18n.getText('pmo.compliance.admin.waivers.note'),
        'pmo.compliance.admin.waivers.approve': AJS.I18n.getText('pmo.compliance.admin.waivers.approve'),
        'pmo.compliance.admin.waivers.reject': AJS.I18n.getText('pmo.compliance.admin.waivers.reject'),
        'pmo.compliance.admin.waivers.approved': AJS.I18n.getText('pmo.compliance.admin.waivers.approved'),
        'pmo.compliance.admin.waivers.rejected': AJS.I18n.getText('pmo.compliance.admin.waivers.rejected'),
        'pmo.compliance.admin.waivers.stale': AJS.I18n.getText('pmo.compliance.admin.waivers.stale'),
        'pmo.compliance.admin.waivers.expired': AJS.I18n.getText('pmo.compliance.admin.waivers.expired'),
        'pmo.compliance.admin.waiver.REQUESTED': AJS.I18n.getText('pmo.compliance.admin.waiver.REQUESTED'),
        'pmo.compliance.admin.waiver.APPROVED': AJS.I18n.getText('pmo.compliance.admin.waiver.APPROVED'),
        'pmo.compliance.admin.waiver.REJECTED': AJS.I18n.getText('pmo.compliance.admin.waiver.REJECTED'),
        'pmo.compliance.admin.waiver.WITHDRAWN': AJS.I18n.getText('pmo.compliance.admin.waiver.WITHDRAWN')
    };

    const PMO = window.PMO;
    const CA = PMO.complianceAdmin;
    const el = PMO.el;
    const t = CA.strings(STRINGS);
    const OTHER_STATUSES = ['approved', 'rejected', 'withdrawn'];
    const STATUS_LOZENGE = {requested: 'aui-lozenge-current', approved: 'aui-lozenge-success',
        rejected: 'aui-lozenge-error', withdrawn: 'aui-lozenge-subtle'};

    /** A waiver status in words (the API writes it in lower case; the i18n keys as the core does). */
    function statusText(status) {
        return t('pmo.compliance.admin.waiver.' + String(status).toUpperCase());
    }

    let panel = null;

    function statusLozenge(waiver) {
        const span = el('span', 'aui-lozenge pmo-cpl-waiver-status ' + (STATUS_LOZENGE[waiver.status] || ''),
            statusText(waiver.status));
        if (waiver.status === 'approved' && waiver.active === false) {
            span.textContent += ' \u00b7 ' + t('pmo.compliance.admin.waivers.expired');
        }
        return span;
    }

    function issues(waiver) {
        return waiver.issueKeys && waiver.issueKeys.length ? waiver.issueKeys.join(', ')
            : t('pmo.compliance.admin.waivers.issues.all');
    }

    function commonCells(row, waiver) {
        row.appendChild(el('td', 'pmo-cpl-waiver-project', waiver.projectKey));
        row.appendChild(el('td', 'pmo-cpl-waiver-standard', waiver.standardName));
        row.appendChild(el('td', 'pmo-cpl-waiver-issues', issues(waiver)));
        row.appendChild(el('td', 'pmo-cpl-waiver-justification', waiver.justification));
        row.appendChild(el('td', null, PMO.formatDate(waiver.expires)));
        row.appendChild(el('td', null, t('pmo.compliance.admin.waivers.requested.by',
            waiver.requestedByName || waiver.requestedBy || '', PMO.formatInstant(waiver.requestedAt))));
    }

    function loadRequested() {
        return CA.api('GET', 'compliance/waivers?status=requested').then(function (result) {
            if (!result.ok) {
                return;
            }
            const table = CA.table([t('pmo.compliance.admin.waivers.project'),
                t('pmo.compliance.admin.waivers.standard'), t('pmo.compliance.admin.waivers.issues'),
                t('pmo.compliance.admin.waivers.justification'), t('pmo.compliance.admin.waivers.expires'),
                t('pmo.compliance.admin.waivers.requester'),
                t('pmo.compliance.admin.waivers.decision')], 'pmo-cpl-waivers');
            table.id = 'cpl-waivers-requested';
            if (!result.data.length) {
                CA.emptyRow(table, 7, t('pmo.compliance.admin.waivers.requested.empty'));
            }
            result.data.forEach(function (waiver) {
                const row = table.tBodies[0].appendChild(el('tr', 'pmo-cpl-waiver-row'));
                row.setAttribute('data-waiver-id', String(waiver.id));
                commonCells(row, waiver);
                const decide = row.appendChild(el('td', 'pmo-cpl-decide'));
                const note = decide.appendChild(CA.input('text', '', 'medium-field pmo-cpl-waiver-note'));
                note.maxLength = 4000;
                note.id = 'cpl-waiver-note-' + waiver.id;
                note.setAttribute('aria-label', t('pmo.compliance.admin.waivers.note'));
                note.placeholder = t('pmo.compliance.admin.waivers.note');
                note.setAttribute('data-path', 'note');
                const buttons = decide.appendChild(el('div', 'pmo-cpl-decide-buttons'));
                buttons.appendChild(CA.button(t('pmo.compliance.admin.waivers.approve'), 'pmo-cpl-approve',
                    function () {
                        decideOn(waiver, 'approve', row);
                    }));
                buttons.appendChild(CA.button(t('pmo.compliance.admin.waivers.reject'), 'pmo-cpl-reject',
                    function () {
                        decideOn(waiver, 'reject', row);
                    }));
            });
            document.getElementById('cpl-waivers-requested').replaceWith(table);
        });
    }

    function decideOn(waiver, decision, row) {
        const note = row.querySelector('.pmo-cpl-waiver-note');
        const body = {version: waiver.version, note: note.value.trim() === '' ? null : note.value};
        row.querySelectorAll('button').forEach(function (b) {
            b.disabled = true;
        });
        CA.api('POST', 'compliance/waivers/' + waiver.id + '/' + decision, body, {flag: [0, 401, 403, 404, 500]})
            .then(function (result) {
                row.querySelectorAll('button').forEach(function (b) {
                    b.disabled = false;
                });
                if (result.ok) {
                    PMO.flag('success', t(decision === 'approve' ? 'pmo.compliance.admin.waivers.approved'
                        : 'pmo.compliance.admin.waivers.rejected', waiver.standardName, waiver.projectKey));
                    refresh();
                } else if (result.status === 400) {
                    CA.showErrors(row, document.getElementById('cpl-waiver-errors'), result.fieldErrors);
                } else if (result.status === 409) {
                    const current = result.current;
                    PMO.flag('warning', t('pmo.compliance.admin.waivers.stale', waiver.standardName,
                        waiver.projectKey, current ? statusText(current.status) : ''));
                    refresh();
                }
            });
    }

    function loadOthers() {
        const status = document.getElementById('cpl-waivers-status').value;
        return CA.api('GET', 'compliance/waivers?status=' + encodeURIComponent(status)).then(function (result) {
            if (!result.ok) {
                return;
            }
            const table = CA.table([t('pmo.compliance.admin.waivers.project'),
                t('pmo.compliance.admin.waivers.standard'), t('pmo.compliance.admin.waivers.issues'),
                t('pmo.compliance.admin.waivers.justification'), t('pmo.compliance.admin.waivers.expires'),
                t('pmo.compliance.admin.waivers.requester'),
                t('pmo.compliance.admin.waivers.status'), t('pmo.compliance.admin.waivers.decision')],
            'pmo-cpl-waivers');
            table.id = 'cpl-waivers-others';
            if (!result.data.length) {
                CA.emptyRow(table, 8, t('pmo.compliance.admin.waivers.others.empty'));
            }
            result.data.forEach(function (waiver) {
                const row = table.tBodies[0].appendChild(el('tr', 'pmo-cpl-waiver-row'));
                row.setAttribute('data-waiver-id', String(waiver.id));
                commonCells(row, waiver);
                row.appendChild(el('td')).appendChild(statusLozenge(waiver));
                const decision = row.appendChild(el('td', 'pmo-cpl-waiver-decision'));
                if (waiver.decidedAt) {
                    decision.appendChild(el('div', null, t('pmo.compliance.admin.waivers.decided',
                        waiver.decidedByName || waiver.decidedBy || '', PMO.formatInstant(waiver.decidedAt))));
                }
                if (waiver.decisionNote) {
                    decision.appendChild(el('div', 'pmo-cpl-waiver-note-text', waiver.decisionNote));
                }
            });
            document.getElementById('cpl-waivers-others').replaceWith(table);
        });
    }

    function refresh() {
        return Promise.all([loadRequested(), loadOthers()]);
    }

    CA.tab('waivers', {
        start: function (node) {
            panel = node;
            panel.appendChild(el('h2', null, t('pmo.compliance.admin.waivers.requested')));
            panel.appendChild(el('div', 'pmo-cpl-errors')).id = 'cpl-waiver-errors';
            panel.appendChild(el('table')).id = 'cpl-waivers-requested';
            const head = panel.appendChild(el('div', 'pmo-cpl-waivers-head'));
            head.appendChild(el('h2', null, t('pmo.compliance.admin.waivers.others')));
            const label = head.appendChild(el('label', null, t('pmo.compliance.admin.waivers.status')));
            const status = head.appendChild(CA.select(OTHER_STATUSES.map(function (s) {
                return [s, statusText(s)];
            }), 'approved'));
            status.id = 'cpl-waivers-status';
            label.htmlFor = status.id;
            status.addEventListener('change', loadOthers);
            panel.appendChild(el('table')).id = 'cpl-waivers-others';
            refresh();
        },
        show: refresh
    });
}());
