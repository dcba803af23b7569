/*
 * The issue facts' administration page (PMO admins): the field mapping, with what Jira offers for each role, saved
 * through /rest/pmo/1.0/admin/field-mapping (a 400's field errors next to their fields, a 409 shows the mapping
 * saved meanwhile), and the full rebuild, started with POST /admin/facts/rebuild and followed by polling
 * /admin/facts/progress. Server values go into the page with textContent only.
 */
(function () {
    'use strict';

    // Translated by Jira's jsI18n transformer when the file is served; each key is written out in full.
    const STRINGS = {
        'pmo.facts.admin.saved': AJS.I18n.getText('pmo.facts.admin.saved'),
        'pmo.facts.admin.rebuild.needed': AJS.I18n.getText('pmo.facts.admin.rebuild.needed'),
        'pmo.facts.admin.conflict': AJS.I18n.getText('pmo.facts.admin.conflict'),
        'pmo.facts.admin.errors': AJS.I18n.getText('pmo.facts.admin.errors'),
        'pmo.facts.admin.load.failed': AJS.I18n.getText('pmo.facts.admin.load.failed'),
        'pmo.facts.admin.none': AJS.I18n.getText('pmo.facts.admin.none'),
        'pmo.facts.admin.proposed': AJS.I18n.getText('pmo.facts.admin.proposed'),
        'pmo.facts.admin.how.jiraSoftware': AJS.I18n.getText('pmo.facts.admin.how.jiraSoftware'),
        'pmo.facts.admin.how.fieldType': AJS.I18n.getText('pmo.facts.admin.how.fieldType'),
        'pmo.facts.admin.how.fieldName': AJS.I18n.getText('pmo.facts.admin.how.fieldName'),
        'pmo.facts.admin.role.storyPoints': AJS.I18n.getText('pmo.facts.admin.role.storyPoints'),
        'pmo.facts.admin.role.epicLink': AJS.I18n.getText('pmo.facts.admin.role.epicLink'),
        'pmo.facts.admin.role.parentLink': AJS.I18n.getText('pmo.facts.admin.role.parentLink'),
        'pmo.facts.admin.role.startDate': AJS.I18n.getText('pmo.facts.admin.role.startDate'),
        'pmo.facts.admin.role.actualCost': AJS.I18n.getText('pmo.facts.admin.role.actualCost'),
        'pmo.facts.admin.level.type': AJS.I18n.getText('pmo.facts.admin.level.type'),
        'pmo.facts.admin.level.level': AJS.I18n.getText('pmo.facts.admin.level.level'),
        'pmo.facts.admin.level.add': AJS.I18n.getText('pmo.facts.admin.level.add'),
        'pmo.facts.admin.level.remove': AJS.I18n.getText('pmo.facts.admin.level.remove'),
        'pmo.facts.admin.rebuild.started': AJS.I18n.getText('pmo.facts.admin.rebuild.started'),
        'pmo.facts.admin.status.none': AJS.I18n.getText('pmo.facts.admin.status.none'),
        'pmo.facts.admin.status.running': AJS.I18n.getText('pmo.facts.admin.status.running'),
        'pmo.facts.admin.status.finished': AJS.I18n.getText('pmo.facts.admin.status.finished'),
        'pmo.facts.admin.status.failed': AJS.I18n.getText('pmo.facts.admin.status.failed'),
        'pmo.facts.admin.status.interrupted': AJS.I18n.getText('pmo.facts.admin.status.interrupted'),
        'pmo.facts.admin.kind.rebuild': AJS.I18n.getText('pmo.facts.admin.kind.rebuild'),
        'pmo.facts.admin.kind.reconcile': AJS.I18n.getText('pmo.facts.admin.kind.reconcile')
    };
    const ROLES = ['storyPoints', 'epicLink', 'parentLink', 'startDate', 'actualCost'];
    const POLL_MS = 1000;

    // Web resources may be served in the head: wait for the page's elements.
    function start() {
        const root = document.getElementById('pmo-facts-admin');
        if (!root) {
            return;
        }
        const PMO = window.PMO;
        const el = PMO.el;
        const base = root.getAttribute('data-rest-url');
        const contextPath = root.getAttribute('data-context-path');
        const form = document.getElementById('pmo-facts-mapping');
        const rolesArea = document.getElementById('pmo-facts-roles');
        const levelsBody = document.querySelector('#pmo-facts-levels tbody');
        const rebuildButton = document.getElementById('pmo-facts-rebuild');
        const continueButton = document.getElementById('pmo-facts-continue');
        const progressBar = document.getElementById('pmo-facts-progress');
        const progressValue = document.getElementById('pmo-facts-progress-value');
        const status = document.getElementById('pmo-facts-status');
        let version = 0;
        let polling = null;
        // A walk just asked for may not have started yet: keep polling a little even if the last state is an end.
        let pollAtLeastUntil = 0;
        const START_GRACE_MS = 5000;

        function t(key) {
            return PMO.format.apply(null, [STRINGS].concat(Array.prototype.slice.call(arguments)));
        }

        function api(method, path, body, options) {
            return PMO.rest(method, base + path, body, Object.assign({contextPath: contextPath}, options || {}));
        }

        function clear(node) {
            while (node.firstChild) {
                node.removeChild(node.firstChild);
            }
            return node;
        }

        /* ------------------------------------------------------------------ mapping */

        function optionText(field, role, page) {
            const notes = [];
            if (page.proposed[role] === field.fieldId) {
                notes.push(t('pmo.facts.admin.proposed'));
            }
            page.found.filter(function (f) {
                return f.role === role && f.fieldId === field.fieldId;
            }).forEach(function (f) {
                notes.push(t('pmo.facts.admin.how.' + f.how));
            });
            return field.name + ' (' + field.fieldId + ')' + (notes.length ? ' · ' + notes.join(', ') : '');
        }

        function showMapping(page) {
            version = page.version;
            clear(rolesArea);
            ROLES.forEach(function (role) {
                const group = el('div', 'field-group');
                const label = el('label', null, t('pmo.facts.admin.role.' + role));
                label.htmlFor = 'pmo-facts-role-' + role;
                const select = el('select', 'select');
                select.id = 'pmo-facts-role-' + role;
                select.name = role;
                const none = el('option', null, t('pmo.facts.admin.none'));
                none.value = '';
                select.appendChild(none);
                const offered = (page.fitting[role] || []).slice();
                page.found.filter(function (f) {
                    return f.role === role && !offered.some(function (o) {
                        return o.fieldId === f.fieldId;
                    });
                }).forEach(function (f) {
                    offered.push({fieldId: f.fieldId, name: f.name, typeKey: f.typeKey});
                });
                offered.forEach(function (field) {
                    const option = el('option', null, optionText(field, role, page));
                    option.value = field.fieldId;
                    if (page.proposed[role] === field.fieldId) {
                        option.setAttribute('data-proposed', 'true');
                    }
                    select.appendChild(option);
                });
                select.value = page.mapping[role] || '';
                group.appendChild(label);
                group.appendChild(select);
                rolesArea.appendChild(group);
            });
            clear(levelsBody);
            const header = el('tr');
            header.appendChild(el('th', null, t('pmo.facts.admin.level.type')));
            header.appendChild(el('th', null, t('pmo.facts.admin.level.level')));
            header.appendChild(el('th'));
            levelsBody.appendChild(header);
            (page.mapping.issueTypeLevels || []).forEach(function (entry) {
                addLevelRow(entry.issueTypeId, entry.level);
            });
            const addRow = el('tr');
            const addCell = el('td');
            addCell.colSpan = 3;
            const add = el('button', 'aui-button aui-button-link', t('pmo.facts.admin.level.add'));
            add.type = 'button';
            add.id = 'pmo-facts-level-add';
            add.addEventListener('click', function () {
                addLevelRow('', 1);
            });
            addCell.appendChild(add);
            addRow.appendChild(addCell);
            levelsBody.appendChild(addRow);
            document.getElementById('pmo-facts-loading').hidden = true;
            form.hidden = false;
        }

        function addLevelRow(type, level) {
            const row = el('tr', 'pmo-facts-level');
            const typeInput = el('input', 'text short-field pmo-facts-level-type');
            typeInput.value = type;
            typeInput.inputMode = 'numeric';
            typeInput.maxLength = 18;
            const levelInput = el('input', 'text short-field pmo-facts-level-value');
            levelInput.type = 'number';
            levelInput.min = '1';
            levelInput.max = '20';
            levelInput.value = String(level);
            const remove = el('button', 'aui-button aui-button-link', t('pmo.facts.admin.level.remove'));
            remove.type = 'button';
            remove.addEventListener('click', function () {
                row.remove();
            });
            [typeInput, levelInput, remove].forEach(function (node) {
                row.appendChild(el('td')).appendChild(node);
            });
            const addRow = document.getElementById('pmo-facts-level-add');
            levelsBody.insertBefore(row, addRow ? addRow.closest('tr') : null);
        }

        function mappingBody() {
            const body = {version: version, issueTypeLevels: []};
            ROLES.forEach(function (role) {
                const value = document.getElementById('pmo-facts-role-' + role).value;
                body[role] = value === '' ? null : value;
            });
            levelsBody.querySelectorAll('tr.pmo-facts-level').forEach(function (row) {
                const type = row.querySelector('.pmo-facts-level-type').value.trim();
                if (type !== '') {
                    body.issueTypeLevels.push({
                        issueTypeId: type,
                        level: Number(row.querySelector('.pmo-facts-level-value').value)
                    });
                }
            });
            return body;
        }

        function showErrors(errors) {
            form.querySelectorAll('.pmo-field-error').forEach(function (node) {
                node.remove();
            });
            errors.forEach(function (error) {
                const name = String(error.field || '');
                const target = ROLES.indexOf(name) >= 0 ? document.getElementById('pmo-facts-role-' + name)
                    : name.indexOf('issueTypeLevels') === 0 ? document.getElementById('pmo-facts-levels')
                        : document.getElementById('pmo-facts-save');
                target.insertAdjacentElement('afterend', el('div', 'error pmo-field-error', error.message));
            });
        }

        function load() {
            return api('GET', 'field-mapping').then(function (result) {
                if (result.ok) {
                    showMapping(result.data);
                } else {
                    document.getElementById('pmo-facts-loading').textContent = t('pmo.facts.admin.load.failed');
                }
            });
        }

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            const save = document.getElementById('pmo-facts-save');
            save.disabled = true;
            api('PUT', 'field-mapping', mappingBody(), {flag: [401, 403, 404, 500]}).then(function (result) {
                save.disabled = false;
                if (result.ok) {
                    showErrors([]);
                    showMapping(result.data);
                    PMO.flag('success', t('pmo.facts.admin.saved', result.data.version),
                        result.data.notice ? {detail: t('pmo.facts.admin.rebuild.needed')} : undefined);
                } else if (result.status === 400) {
                    showErrors(result.fieldErrors);
                    PMO.flag('error', t('pmo.facts.admin.errors'));
                } else if (result.status === 409) {
                    PMO.flag('warning', t('pmo.facts.admin.conflict'));
                    load();
                }
            });
        });

        /* ------------------------------------------------------------------ rebuild */

        function showProgress(p) {
            const kind = p.kind ? t('pmo.facts.admin.kind.' + p.kind) : '';
            let text;
            let percent = 0;
            if (!p.state) {
                text = t('pmo.facts.admin.status.none', p.facts);
            } else if (p.state === 'finished') {
                percent = 100;
                text = t('pmo.facts.admin.status.finished', kind, p.seen, p.written, p.deleted, p.facts);
            } else if (p.state === 'failed') {
                text = t('pmo.facts.admin.status.failed', kind, p.lastIssueId, p.message);
            } else if (p.state === 'interrupted') {
                text = t('pmo.facts.admin.status.interrupted', kind, p.lastIssueId, p.message);
            } else {
                text = t('pmo.facts.admin.status.running', kind, p.seen, p.total, p.written, p.deleted);
            }
            if (p.state && p.state !== 'finished' && p.total > 0) {
                percent = Math.min(99, Math.floor(100 * p.seen / p.total));
            }
            progressBar.setAttribute('data-value', String(percent));
            progressValue.style.width = percent + '%';
            status.setAttribute('data-state', p.state || '');
            status.setAttribute('data-started', p.started || '');
            status.textContent = text;
            const busy = p.state === 'running';
            rebuildButton.disabled = busy;
            continueButton.hidden = p.state !== 'failed' && p.state !== 'interrupted';
            return p.state === 'running' || p.state === 'interrupted';
        }

        function poll() {
            pollAtLeastUntil = Date.now() + START_GRACE_MS;
            if (polling) {
                return;
            }
            polling = window.setInterval(function () {
                api('GET', 'facts/progress', undefined, {flag: false}).then(function (result) {
                    if (result.ok && !showProgress(result.data) && Date.now() > pollAtLeastUntil) {
                        window.clearInterval(polling);
                        polling = null;
                    }
                });
            }, POLL_MS);
        }

        rebuildButton.addEventListener('click', function () {
            rebuildButton.disabled = true;
            api('POST', 'facts/rebuild').then(function (result) {
                rebuildButton.disabled = false;
                if (result.status === 202) {
                    showProgress(result.data);
                    PMO.flag('success', t('pmo.facts.admin.rebuild.started'));
                    poll();
                }
            });
        });

        continueButton.addEventListener('click', function () {
            continueButton.disabled = true;
            api('POST', 'facts/reconcile').then(function (result) {
                continueButton.disabled = false;
                if (result.status === 202) {
                    poll();
                }
            });
        });

        load();
        api('GET', 'facts/progress', undefined, {flag: false}).then(function (result) {
            if (result.ok && showProgress(result.data)) {
                poll();
            }
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
