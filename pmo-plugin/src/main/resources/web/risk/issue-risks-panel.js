/*
 * The Risks panel's controls, on the issue view and in Jira Software's board detail view: link a risk of the issue's
 * project through a picker, create one already linked, and unlink a listed one. Each change is a PUT or POST of the
 * risk REST API carrying the version it was based on; the panel then shows the risk as the server answered (on a
 * 409, as it is now). Plain ES2019 over pmo-common.js.
 *
 * Listeners are delegated from the document, because the board inserts its detail view (and Jira may reload an
 * issue's panels) after this script ran: any .pmo-issue-risks with data-issue-key works once it is in the page.
 * Server text is put into the page with textContent only.
 */
(function (window, document) {
    'use strict';

    const PMO = window.PMO;
    const STRINGS = {
        'pmo.risk.panel.empty': AJS.I18n.getText('pmo.risk.panel.empty'),
        'pmo.risk.panel.overdue': AJS.I18n.getText('pmo.risk.panel.overdue'),
        'pmo.risk.panel.unlink': AJS.I18n.getText('pmo.risk.panel.unlink'),
        'pmo.risk.panel.unlink.label': AJS.I18n.getText('pmo.risk.panel.unlink.label'),
        'pmo.risk.panel.picker.label': AJS.I18n.getText('pmo.risk.panel.picker.label'),
        'pmo.risk.panel.picker.linked': AJS.I18n.getText('pmo.risk.panel.picker.linked'),
        'pmo.risk.panel.cancel': AJS.I18n.getText('pmo.risk.panel.cancel'),
        'pmo.risk.panel.save': AJS.I18n.getText('pmo.risk.panel.save'),
        'pmo.risk.panel.saving': AJS.I18n.getText('pmo.risk.panel.saving'),
        'pmo.risk.panel.linked': AJS.I18n.getText('pmo.risk.panel.linked'),
        'pmo.risk.panel.unlinked': AJS.I18n.getText('pmo.risk.panel.unlinked'),
        'pmo.risk.panel.created': AJS.I18n.getText('pmo.risk.panel.created'),
        'pmo.risk.panel.conflict': AJS.I18n.getText('pmo.risk.panel.conflict'),
        'pmo.risk.panel.invalid': AJS.I18n.getText('pmo.risk.panel.invalid'),
        'pmo.risk.panel.gone': AJS.I18n.getText('pmo.risk.panel.gone'),
        'pmo.risk.column.score': AJS.I18n.getText('pmo.risk.column.score'),
        'pmo.risk.field.title': AJS.I18n.getText('pmo.risk.field.title'),
        'pmo.risk.field.kind': AJS.I18n.getText('pmo.risk.field.kind'),
        'pmo.risk.field.probability': AJS.I18n.getText('pmo.risk.field.probability'),
        'pmo.risk.field.impact': AJS.I18n.getText('pmo.risk.field.impact'),
        'pmo.risk.field.ownerKey': AJS.I18n.getText('pmo.risk.field.ownerKey'),
        'pmo.risk.field.linkedIssueKeys': AJS.I18n.getText('pmo.risk.field.linkedIssueKeys'),
        'pmo.risk.kind.threat': AJS.I18n.getText('pmo.risk.kind.threat'),
        'pmo.risk.kind.opportunity': AJS.I18n.getText('pmo.risk.kind.opportunity'),
        'pmo.risk.severity.low': AJS.I18n.getText('pmo.risk.severity.low'),
        'pmo.risk.severity.medium': AJS.I18n.getText('pmo.risk.severity.medium'),
        'pmo.risk.severity.high': AJS.I18n.getText('pmo.risk.severity.high'),
        'pmo.risk.severity.critical': AJS.I18n.getText('pmo.risk.severity.critical'),
        'pmo.risk.status.open': AJS.I18n.getText('pmo.risk.status.open'),
        'pmo.risk.status.responding': AJS.I18n.getText('pmo.risk.status.responding'),
        'pmo.risk.status.monitoring': AJS.I18n.getText('pmo.risk.status.monitoring'),
        'pmo.risk.status.occurred': AJS.I18n.getText('pmo.risk.status.occurred'),
        'pmo.risk.status.closed': AJS.I18n.getText('pmo.risk.status.closed')
    };
    const PICKER_LIMIT = 10;
    const TITLE_MAX = 255;
    // The scale every project has until its administrators choose 3x3; used only if its settings cannot be read.
    const DEFAULT_SCALE = 5;
    let fieldCount = 0;

    function t(key) {
        return PMO.format.apply(null, [STRINGS].concat(Array.prototype.slice.call(arguments)));
    }

    const el = PMO.el;

    function config(panel) {
        return {
            issueKey: panel.getAttribute('data-issue-key'),
            projectKey: panel.getAttribute('data-project-key'),
            restBase: panel.getAttribute('data-rest-base'),
            contextPath: panel.getAttribute('data-context-path'),
            registerUrl: panel.getAttribute('data-register-url')
        };
    }

    /** Says what happened in the panel's live region (kind: success, warning or error). */
    function say(panel, kind, text) {
        const message = panel.querySelector('.pmo-issue-risks-message');
        if (message) {
            message.setAttribute('data-kind', kind);
            message.className = 'pmo-issue-risks-message pmo-issue-risks-message-' + kind;
            message.textContent = text;
        }
    }

    // The fields a change from the panel can be refused for, by the names the REST API gives them.
    const FIELD_LABELS = {
        title: t('pmo.risk.field.title'),
        kind: t('pmo.risk.field.kind'),
        probability: t('pmo.risk.field.probability'),
        impact: t('pmo.risk.field.impact'),
        ownerKey: t('pmo.risk.field.ownerKey'),
        linkedIssueKeys: t('pmo.risk.field.linkedIssueKeys')
    };

    function fieldName(field) {
        return Object.prototype.hasOwnProperty.call(FIELD_LABELS, field) ? FIELD_LABELS[field] : field;
    }

    function fieldMessages(result) {
        return result.fieldErrors.map(function (error) {
            return error.field ? fieldName(error.field) + ': ' + error.message : error.message;
        }).join('; ');
    }

    /* ------------------------------------------------------------------ rows */

    function list(panel) {
        return panel.querySelector('.pmo-issue-risk-list');
    }

    function rowOf(panel, id) {
        return panel.querySelector('li.pmo-issue-risk[data-risk-id="' + Number(id) + '"]');
    }

    /** The same row issue-risks-panel.vm writes, built from a risk as the REST API returns it. */
    function row(risk, href, canUnlink) {
        const item = el('li', 'pmo-issue-risk');
        item.setAttribute('data-risk-id', String(risk.id));
        const lozenge = el('span', 'aui-lozenge pmo-severity-lozenge pmo-severity-' + risk.severity);
        lozenge.appendChild(el('span', 'pmo-visually-hidden', t('pmo.risk.column.score')));
        lozenge.appendChild(document.createTextNode(' ' + risk.score + ' ' + t('pmo.risk.severity.' + risk.severity)));
        item.appendChild(lozenge);
        const title = el('a', 'pmo-issue-risk-title', risk.title);
        title.href = href;
        item.appendChild(title);
        const meta = el('span', 'pmo-issue-risk-meta');
        meta.appendChild(el('span', 'pmo-issue-risk-status', t('pmo.risk.status.' + risk.status)));
        if (risk.reviewOverdue) {
            meta.appendChild(el('span', 'aui-lozenge aui-lozenge-error aui-lozenge-subtle pmo-overdue-lozenge',
                t('pmo.risk.panel.overdue')));
        }
        if (canUnlink) {
            const unlink = el('button', 'aui-button aui-button-link pmo-issue-risk-unlink', t('pmo.risk.panel.unlink'));
            unlink.type = 'button';
            unlink.setAttribute('aria-label', t('pmo.risk.panel.unlink.label', risk.title));
            meta.appendChild(unlink);
        }
        item.appendChild(meta);
        return item;
    }

    /**
     * Shows a risk as the server has it: listed if it links the issue, else not. A listed row keeps its link and
     * its unlink control; a new one is of the issue's project, which the viewer may change.
     */
    function show(panel, risk) {
        const settings = config(panel);
        const existing = rowOf(panel, risk.id);
        const links = risk.linkedIssueKeys || [];
        if (links.indexOf(settings.issueKey) < 0) {
            if (existing) {
                existing.remove();
            }
        } else if (existing) {
            existing.replaceWith(row(risk, existing.querySelector('.pmo-issue-risk-title').href,
                !!existing.querySelector('.pmo-issue-risk-unlink')));
        } else {
            list(panel).appendChild(row(risk, settings.registerUrl + '&risk=' + encodeURIComponent(risk.id), true));
        }
        const empty = !list(panel).querySelector('li.pmo-issue-risk');
        list(panel).hidden = empty;
        panel.querySelector('.pmo-issue-risks-empty').hidden = !empty;
    }

    /** Shows the outcome of a PUT or POST of a risk, naming it by the title the user saw. */
    function settle(panel, result, title, done) {
        if (result.ok) {
            show(panel, result.data);
            say(panel, 'success', t(done, result.data.title));
            return true;
        }
        if (result.status === 409) {
            if (result.current) {
                show(panel, result.current);
            } else {
                removeRow(panel, result.riskId);
            }
            say(panel, 'warning', t('pmo.risk.panel.conflict', title));
        } else if (result.status === 400) {
            say(panel, 'error', t('pmo.risk.panel.invalid', title, fieldMessages(result)));
        } else if (result.status === 404) {
            removeRow(panel, result.riskId);
            say(panel, 'error', t('pmo.risk.panel.gone'));
        } else {
            say(panel, 'error', PMO.describeFailure(result, t('pmo.risk.panel.gone'), config(panel).contextPath).text);
        }
        return false;
    }

    function removeRow(panel, id) {
        const existing = id === undefined ? null : rowOf(panel, id);
        if (existing) {
            existing.remove();
        }
    }

    /** Saves the risk as read, with its links changed; the version read goes with it. */
    function saveLinks(panel, risk, links, done) {
        const body = Object.assign({}, risk, {linkedIssueKeys: links});
        return PMO.rest('PUT', config(panel).restBase + '/risks/' + encodeURIComponent(risk.id), body, {flag: false})
            .then(function (result) {
                result.riskId = risk.id;
                return settle(panel, result, risk.title, done);
            });
    }

    /* ------------------------------------------------------------------ link */

    function link(panel, risk) {
        const issueKey = config(panel).issueKey;
        const links = (risk.linkedIssueKeys || []).slice();
        if (links.indexOf(issueKey) >= 0) {
            show(panel, risk);
            say(panel, 'success', t('pmo.risk.panel.linked', risk.title));
            return;
        }
        links.push(issueKey);
        saveLinks(panel, risk, links, 'pmo.risk.panel.linked');
    }

    function openPicker(panel, button) {
        let area = panel.querySelector('.pmo-issue-risks-picker');
        if (!area) {
            const settings = config(panel);
            area = el('div', 'pmo-issue-risks-picker');
            const id = 'pmo-issue-risks-field-' + (++fieldCount);
            const label = el('label', null, t('pmo.risk.panel.picker.label'));
            label.htmlFor = id;
            const input = el('input', 'text pmo-issue-risks-picker-input');
            input.id = id;
            input.type = 'text';
            input.maxLength = TITLE_MAX;
            area.appendChild(label);
            const host = el('div', 'pmo-issue-risks-picker-field');
            host.appendChild(input);
            area.appendChild(host);
            panel.querySelector('.pmo-issue-risks-actions').insertAdjacentElement('afterend', area);
            PMO.picker(input, function (query) {
                return PMO.rest('GET', settings.restBase + '/projects/' + encodeURIComponent(settings.projectKey)
                    + '/risks/search?limit=' + PICKER_LIMIT + '&query=' + encodeURIComponent(query), undefined,
                {flag: false}).then(function (result) {
                    if (!result.ok || !result.data) {
                        return [];
                    }
                    return result.data.items.map(function (risk) {
                        const linked = (risk.linkedIssueKeys || []).indexOf(settings.issueKey) >= 0;
                        return {
                            value: String(risk.id),
                            label: '#' + risk.id + ' ' + risk.title,
                            detail: t('pmo.risk.severity.' + risk.severity)
                                + (linked ? ' \u00b7 ' + t('pmo.risk.panel.picker.linked') : ''),
                            risk: risk
                        };
                    });
                });
            }, {
                query: function (field) {
                    return field.value;
                },
                pick: function (field, item) {
                    field.value = '';
                    link(panel, item.risk);
                }
            });
            input.addEventListener('keydown', function (event) {
                // While its list is open the picker takes Escape (and prevents its default): it closes the list only.
                if (event.key === 'Escape' && !event.defaultPrevented) {
                    closeArea(panel, area, button);
                }
            });
        }
        toggle(panel, area, button, '.pmo-issue-risks-picker-input');
    }

    function toggle(panel, area, button, focusSelector) {
        if (!area.hidden && button.getAttribute('aria-expanded') === 'true') {
            closeArea(panel, area, button);
            return;
        }
        panel.querySelectorAll('.pmo-issue-risks-picker, .pmo-issue-risks-form').forEach(function (other) {
            other.hidden = true;
        });
        panel.querySelectorAll('.pmo-issue-risks-actions .aui-button').forEach(function (other) {
            other.setAttribute('aria-expanded', 'false');
        });
        area.hidden = false;
        button.setAttribute('aria-expanded', 'true');
        area.querySelector(focusSelector).focus();
    }

    function closeArea(panel, area, button) {
        area.hidden = true;
        button.setAttribute('aria-expanded', 'false');
        button.focus();
    }

    /* ------------------------------------------------------------------ unlink */

    function unlink(panel, button) {
        const item = button.closest('li.pmo-issue-risk');
        const id = item.getAttribute('data-risk-id');
        const title = item.querySelector('.pmo-issue-risk-title').textContent;
        const settings = config(panel);
        button.disabled = true;
        // The risk as stored now: the links are all this changes, so the other fields are sent back as read.
        PMO.rest('GET', settings.restBase + '/risks/' + encodeURIComponent(id), undefined, {flag: false})
            .then(function (read) {
                if (!read.ok) {
                    read.riskId = id;
                    return settle(panel, read, title, 'pmo.risk.panel.unlinked');
                }
                return saveLinks(panel, read.data, (read.data.linkedIssueKeys || []).filter(function (key) {
                    return key !== settings.issueKey;
                }), 'pmo.risk.panel.unlinked');
            })
            .then(function (saved) {
                if (!saved && document.body.contains(button)) {
                    button.disabled = false;
                }
                const next = panel.querySelector('.pmo-issue-risk-unlink, .pmo-issue-risks-link');
                if (saved && next) {
                    next.focus();
                }
            });
    }

    /* ------------------------------------------------------------------ create */

    function field(form, name, labelText, control) {
        const id = 'pmo-issue-risks-field-' + (++fieldCount);
        const group = el('div', 'field-group pmo-issue-risks-field');
        group.setAttribute('data-field', name);
        const label = el('label', null, labelText);
        label.htmlFor = id;
        control.id = id;
        control.name = name;
        group.appendChild(label);
        group.appendChild(control);
        const error = el('div', 'error pmo-field-error');
        error.hidden = true;
        group.appendChild(error);
        form.appendChild(group);
        return control;
    }

    function select(values) {
        const control = el('select', 'select');
        values.forEach(function (value) {
            const option = el('option', null, value.label);
            option.value = value.value;
            control.appendChild(option);
        });
        return control;
    }

    function levels(control, scale) {
        while (control.firstChild) {
            control.removeChild(control.firstChild);
        }
        for (let level = 1; level <= scale; level++) {
            const option = el('option', null, String(level));
            option.value = String(level);
            control.appendChild(option);
        }
    }

    function openCreate(panel, button) {
        let form = panel.querySelector('.pmo-issue-risks-form');
        const settings = config(panel);
        if (!form) {
            form = el('form', 'aui pmo-issue-risks-form');
            form.noValidate = true;
            const title = field(form, 'title', t('pmo.risk.field.title'), el('input', 'text'));
            title.type = 'text';
            title.maxLength = TITLE_MAX;
            title.required = true;
            field(form, 'kind', t('pmo.risk.field.kind'), select([
                {value: 'threat', label: t('pmo.risk.kind.threat')},
                {value: 'opportunity', label: t('pmo.risk.kind.opportunity')}]));
            field(form, 'probability', t('pmo.risk.field.probability'), el('select', 'select'));
            field(form, 'impact', t('pmo.risk.field.impact'), el('select', 'select'));
            const owner = field(form, 'ownerKey', t('pmo.risk.field.ownerKey'), el('input', 'text'));
            owner.type = 'text';
            owner.parentNode.insertBefore(el('div', 'pmo-issue-risks-owner-field'), owner)
                .appendChild(owner);
            PMO.userPicker(owner, settings.contextPath);
            const general = el('div', 'error pmo-field-error pmo-issue-risks-form-error');
            general.hidden = true;
            form.appendChild(general);
            const buttons = el('div', 'buttons pmo-issue-risks-form-buttons');
            const save = el('button', 'aui-button aui-button-primary pmo-issue-risks-save', t('pmo.risk.panel.save'));
            save.type = 'submit';
            const cancel = el('button', 'aui-button aui-button-link pmo-issue-risks-cancel', t('pmo.risk.panel.cancel'));
            cancel.type = 'button';
            cancel.addEventListener('click', function () {
                closeArea(panel, form, button);
            });
            buttons.appendChild(save);
            buttons.appendChild(cancel);
            form.appendChild(buttons);
            form.addEventListener('keydown', function (event) {
                if (event.key === 'Escape' && !event.defaultPrevented) {
                    closeArea(panel, form, button);
                }
            });
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                create(panel, form);
            });
            const anchor = panel.querySelector('.pmo-issue-risks-picker') || panel.querySelector('.pmo-issue-risks-actions');
            anchor.insertAdjacentElement('afterend', form);
            levels(form.elements.probability, DEFAULT_SCALE);
            levels(form.elements.impact, DEFAULT_SCALE);
            form.setAttribute('data-scale', 'loading');
            // The project's scale (5x5 or 3x3) decides the levels offered.
            PMO.rest('GET', settings.restBase + '/projects/' + encodeURIComponent(settings.projectKey)
                + '/risk-settings', undefined, {flag: false}).then(function (result) {
                const scale = result.ok && result.data && result.data.scale ? result.data.scale : DEFAULT_SCALE;
                levels(form.elements.probability, scale);
                levels(form.elements.impact, scale);
                form.setAttribute('data-scale', String(scale));
            });
        }
        toggle(panel, form, button, 'input[name="title"]');
    }

    function showErrors(form, errors) {
        form.querySelectorAll('.pmo-field-error').forEach(function (node) {
            node.hidden = true;
            node.textContent = '';
        });
        form.querySelectorAll('[aria-invalid]').forEach(function (node) {
            node.removeAttribute('aria-invalid');
        });
        let first = null;
        errors.forEach(function (error) {
            const group = form.querySelector('.pmo-issue-risks-field[data-field="' + error.field + '"]');
            const target = group ? group.querySelector('.pmo-field-error')
                : form.querySelector('.pmo-issue-risks-form-error');
            target.hidden = false;
            target.textContent = (target.textContent ? target.textContent + ' ' : '')
                + (group ? error.message : (error.field ? fieldName(error.field) + ': ' : '') + error.message);
            if (group) {
                const control = group.querySelector('input, select');
                control.setAttribute('aria-invalid', 'true');
                first = first || control;
            }
        });
        if (first) {
            first.focus();
        }
    }

    function create(panel, form) {
        const settings = config(panel);
        const save = form.querySelector('.pmo-issue-risks-save');
        const owner = form.elements.ownerKey.value.trim();
        const body = {
            title: form.elements.title.value,
            kind: form.elements.kind.value,
            probability: Number(form.elements.probability.value),
            impact: Number(form.elements.impact.value),
            ownerKey: owner || null,
            linkedIssueKeys: [settings.issueKey]
        };
        save.disabled = true;
        save.textContent = t('pmo.risk.panel.saving');
        PMO.rest('POST', settings.restBase + '/projects/' + encodeURIComponent(settings.projectKey) + '/risks', body,
            {flag: false}).then(function (result) {
            save.disabled = false;
            save.textContent = t('pmo.risk.panel.save');
            if (result.status === 400) {
                showErrors(form, result.fieldErrors);
                return;
            }
            showErrors(form, []);
            if (settle(panel, result, body.title, 'pmo.risk.panel.created')) {
                form.reset();
                const button = panel.querySelector('.pmo-issue-risks-create');
                closeArea(panel, form, button);
            }
        });
    }

    /* ------------------------------------------------------------------ wiring */

    document.addEventListener('click', function (event) {
        const target = event.target instanceof Element ? event.target : null;
        const button = target && target.closest('.pmo-issue-risks-link, .pmo-issue-risks-create, .pmo-issue-risk-unlink');
        const panel = button && button.closest('.pmo-issue-risks[data-issue-key]');
        if (!panel) {
            return;
        }
        event.preventDefault();
        if (button.classList.contains('pmo-issue-risks-link')) {
            openPicker(panel, button);
        } else if (button.classList.contains('pmo-issue-risks-create')) {
            openCreate(panel, button);
        } else {
            unlink(panel, button);
        }
    });
}(window, document));
