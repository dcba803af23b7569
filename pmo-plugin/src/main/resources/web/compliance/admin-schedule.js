/*
 * The Schedule and thresholds tab: the scan interval, the score thresholds and the offender cap
 * (/compliance/settings), "Scan all now" (POST /compliance/scan: queued in the admin's name, run in the background),
 * and the run history (/compliance/runs), followed until the queued run has finished.
 */
(function () {
    'use strict';

    const STRINGS = {
        'pmo.compliance.admin.schedule.settings': AJS.I18n.getText('pmo.compliance.admin.schedule.settings'),
        'pmo.compliance.admin.schedule.interval': AJS.I18n.getText('pmo.compliance.admin.schedule.interval'),
        'pmo.compliance.admin.schedule.interval.help': AJS.I18n.getText('pmo.compliance.admin.schedule.interval.help'),
        'pmo.compliance.admin.schedule.green': AJS.I18n.getText('pmo.compliance.admin.schedule.green'),
        'pmo.compliance.admin.schedule.amber': AJS.I18n.getText('pmo.compliance.admin.schedule.amber'),
        'pmo.compliance.admin.schedule.thresholds.help': AJS.I18n.getText('pmo.compliance.admin.schedule.thresholds.help'),
        'pmo.compliance.admin.schedule.cap': AJS.I18n.getText('pmo.compliance.admin.schedule.cap'),
        'pmo.compliance.admin.schedule.cap.help': AJS.I18n.getText('pmo.compliance.admin.schedule.cap.help'),
        'pmo.compliance.admin.schedule.saved': AJS.I18n.getText('pmo.compliance.admin.schedule.saved'),
        'pmo.compliance.admin.schedule.conflict': AJS.I18n.getText('pmo.compliance.admin.schedule.conflict'),
        'pmo.compliance.admin.schedule.scan': AJS.I18n.getText('pmo.compliance.admin.schedule.scan'),
        'pmo.compliance.admin.schedule.scan.started': AJS.I18n.getText('pmo.compliance.admin.schedule.scan.started'),
        'pmo.compliance.admin.schedule.runs': AJS.I18n.getText('pmo.compliance.admin.schedule.runs'),
        'pmo.compliance.admin.schedule.refresh': AJS.I18n.getText('pmo.compliance.admin.schedule.refresh'),
        'pmo.compliance.admin.schedule.runs.empty': AJS.I18n.getText('pmo.compliance.admin.schedule.runs.empty'),
        'pmo.compliance.admin.run.when': AJS.I18n.getText('pmo.compliance.admin.run.when'),
        'pmo.compliance.admin.run.trigger': AJS.I18n.getText('pmo.compliance.admin.run.trigger'),
        'pmo.compliance.admin.run.who': AJS.I18n.getText('pmo.compliance.admin.run.who'),
        'pmo.compliance.admin.run.duration': AJS.I18n.getText('pmo.compliance.admin.run.duration'),
        'pmo.compliance.admin.run.status': AJS.I18n.getText('pmo.compliance.admin.run.status'),
        'pmo.compliance.admin.run.failure': AJS.I18n.getText('pmo.compliance.admin.run.failure'),
        'pmo.compliance.admin.run.projects': AJS.I18n.getText('pmo.compliance.admin.run.projects'),
        'pmo.compliance.admin.run.violations': AJS.I18n.getText('pmo.compliance.admin.run.violations'),
        'pmo.compliance.admin.run.seconds': AJS.I18n.getText('pmo.compliance.admin.run.seconds'),
        'pmo.compliance.admin.run.scheduler': AJS.I18n.getText('pmo.compliance.admin.run.scheduler'),
        'pmo.compliance.admin.run.trigger.scheduled': AJS.I18n.getText('pmo.compliance.admin.run.trigger.scheduled'),
        'pmo.compliance.admin.run.trigger.manual': AJS.I18n.getText('pmo.compliance.admin.run.trigger.manual'),
        'pmo.compliance.admin.run.queued': AJS.I18n.getText('pmo.compliance.admin.run.queued'),
        'pmo.compliance.admin.run.running': AJS.I18n.getText('pmo.compliance.admin.run.running'),
        'pmo.compliance.admin.run.succeeded': AJS.I18n.getText('pmo.compliance.admin.run.succeeded'),
        'pmo.compliance.admin.run.failed': AJS.I18n.getText('pmo.compliance.admin.run.failed')
    };

    const PMO = window.PMO;
    const CA = PMO.complianceAdmin;
    const el = PMO.el;
    const t = CA.strings(STRINGS);
    const FIELDS = [
        ['scanIntervalMinutes', 'pmo.compliance.admin.schedule.interval', 'pmo.compliance.admin.schedule.interval.help'],
        ['greenAtLeast', 'pmo.compliance.admin.schedule.green', 'pmo.compliance.admin.schedule.thresholds.help'],
        ['amberAtLeast', 'pmo.compliance.admin.schedule.amber', null],
        ['offenderCap', 'pmo.compliance.admin.schedule.cap', 'pmo.compliance.admin.schedule.cap.help']
    ];
    const STATUS_LOZENGE = {succeeded: 'aui-lozenge-success', failed: 'aui-lozenge-error',
        running: 'aui-lozenge-current', queued: 'aui-lozenge-moved'};
    const STATUS_TEXT = {queued: t('pmo.compliance.admin.run.queued'), running: t('pmo.compliance.admin.run.running'),
        succeeded: t('pmo.compliance.admin.run.succeeded'), failed: t('pmo.compliance.admin.run.failed')};
    // While a run it started has not finished, the history is asked again this often, at most this many times.
    const FOLLOW_MS = 1500;
    const FOLLOW_TIMES = 40;

    let form = null;
    let errors = null;
    let settings = null;
    let follow = null;

    function loadSettings() {
        return CA.api('GET', 'compliance/settings').then(function (result) {
            if (result.ok) {
                fill(result.data);
            }
        });
    }

    function fill(data) {
        settings = data;
        FIELDS.forEach(function (spec) {
            form.querySelector('[data-path="' + spec[0] + '"]').value = data[spec[0]] === null
            || data[spec[0]] === undefined ? '' : String(data[spec[0]]);
        });
    }

    function number(text) {
        const trimmed = text.trim();
        return /^-?[0-9]{1,9}$/.test(trimmed) ? Number(trimmed) : (trimmed === '' ? null : trimmed);
    }

    function saveSettings(event) {
        event.preventDefault();
        const body = {version: settings ? settings.version : null};
        FIELDS.forEach(function (spec) {
            body[spec[0]] = number(form.querySelector('[data-path="' + spec[0] + '"]').value);
        });
        const save = document.getElementById('cpl-settings-save');
        save.disabled = true;
        CA.api('PUT', 'compliance/settings', body, {flag: [0, 401, 403, 404, 500, 503]}).then(function (result) {
            save.disabled = false;
            if (result.ok) {
                CA.showErrors(form, errors, []);
                fill(result.data);
                PMO.flag('success', t('pmo.compliance.admin.schedule.saved'));
            } else if (result.status === 400) {
                CA.showErrors(form, errors, result.fieldErrors);
            } else if (result.status === 409) {
                CA.showErrors(form, errors, []);
                PMO.flag('warning', t('pmo.compliance.admin.schedule.conflict'));
                if (result.current) {
                    fill(result.current);
                }
            }
        });
    }

    function duration(ms) {
        if (ms === null || ms === undefined) {
            return '';
        }
        return t('pmo.compliance.admin.run.seconds', PMO.decimalHalfUp(String(ms / 1000), 1) || String(ms / 1000));
    }

    function loadRuns() {
        return CA.api('GET', 'compliance/runs?limit=50').then(function (result) {
            if (result.ok) {
                renderRuns(result.data);
            }
            return result.ok ? result.data : [];
        });
    }

    function renderRuns(runs) {
        const table = CA.table([t('pmo.compliance.admin.run.when'), t('pmo.compliance.admin.run.trigger'),
            t('pmo.compliance.admin.run.who'), t('pmo.compliance.admin.run.duration'),
            t('pmo.compliance.admin.run.status'), t('pmo.compliance.admin.run.failure'),
            t('pmo.compliance.admin.run.projects'), t('pmo.compliance.admin.run.violations')], 'pmo-cpl-runs');
        table.id = 'cpl-runs';
        if (!runs.length) {
            CA.emptyRow(table, 8, t('pmo.compliance.admin.schedule.runs.empty'));
        }
        runs.forEach(function (run) {
            const row = table.tBodies[0].appendChild(el('tr', 'pmo-cpl-run-row'));
            row.setAttribute('data-run-id', String(run.id));
            const when = row.appendChild(el('td', null, PMO.formatInstant(run.startedAt)));
            if (run.startedAt) {
                when.title = run.startedAt;
            }
            row.appendChild(el('td', 'pmo-cpl-run-trigger', run.trigger === 'scheduled'
                ? t('pmo.compliance.admin.run.trigger.scheduled') : t('pmo.compliance.admin.run.trigger.manual')));
            row.appendChild(el('td', null, run.actorName || run.actorKey || t('pmo.compliance.admin.run.scheduler')));
            row.appendChild(el('td', null, duration(run.durationMs)));
            const status = row.appendChild(el('td')).appendChild(el('span', 'aui-lozenge pmo-cpl-run-status '
                + (STATUS_LOZENGE[run.status] || ''), STATUS_TEXT[run.status] || run.status));
            status.setAttribute('data-status', run.status);
            row.appendChild(el('td', 'pmo-cpl-run-failure', run.failure || ''));
            row.appendChild(el('td', 'pmo-cpl-run-projects', run.projects === null || run.projects === undefined
                ? '' : run.projects));
            row.appendChild(el('td', 'pmo-cpl-run-violations', run.violations === null
            || run.violations === undefined ? '' : run.violations));
        });
        document.getElementById('cpl-runs').replaceWith(table);
    }

    function scanAll() {
        const button = document.getElementById('cpl-scan-all');
        button.disabled = true;
        CA.api('POST', 'compliance/scan').then(function (result) {
            button.disabled = false;
            if (!result.ok) {
                return;
            }
            PMO.flag('info', t('pmo.compliance.admin.schedule.scan.started'));
            followRun(String(result.data.id), FOLLOW_TIMES);
        });
    }

    /** Asks for the history again until the run queued in the admin's name has finished. */
    function followRun(id, times) {
        clearTimeout(follow);
        loadRuns().then(function (runs) {
            const run = runs.filter(function (r) {
                return String(r.id) === id;
            })[0];
            if (!(run && run.finishedAt) && times > 1) {
                follow = setTimeout(function () {
                    followRun(id, times - 1);
                }, FOLLOW_MS);
            }
        });
    }

    CA.tab('schedule', {
        start: function (panel) {
            panel.appendChild(el('h2', null, t('pmo.compliance.admin.schedule.settings')));
            form = panel.appendChild(el('form', 'aui pmo-cpl-settings'));
            form.id = 'cpl-settings';
            form.noValidate = true;
            errors = form.appendChild(el('div', 'pmo-cpl-errors'));
            errors.hidden = true;
            FIELDS.forEach(function (spec) {
                const input = CA.input('number', '', 'short-field');
                input.id = 'cpl-settings-' + spec[0];
                CA.field(form, t(spec[1]), input, spec[0], spec[2] ? t(spec[2]) : null);
            });
            const buttons = form.appendChild(el('div', 'buttons-container')).appendChild(el('div', 'buttons'));
            const save = buttons.appendChild(el('button', 'aui-button aui-button-primary',
                t('pmo.compliance.admin.save')));
            save.type = 'submit';
            save.id = 'cpl-settings-save';
            form.addEventListener('submit', saveSettings);

            const head = panel.appendChild(el('div', 'pmo-cpl-runs-head'));
            head.appendChild(el('h2', null, t('pmo.compliance.admin.schedule.runs')));
            head.appendChild(CA.button(t('pmo.compliance.admin.schedule.scan'), 'aui-button-primary', scanAll))
                .id = 'cpl-scan-all';
            head.appendChild(CA.button(t('pmo.compliance.admin.schedule.refresh'), '', loadRuns)).id = 'cpl-runs-refresh';
            panel.appendChild(el('table')).id = 'cpl-runs';
            loadSettings();
            loadRuns();
        },
        show: function () {
            loadRuns();
        }
    });
}());
