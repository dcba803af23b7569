/*
 * The compliance administration page's frame (PMO admins): its tabs, and what the five tab scripts
 * (admin-standards.js, admin-sets.js, admin-schedule.js, admin-waivers.js, admin-transfer.js) share: the REST client
 * for /rest/pmo/1.0/, the project catalog, an editor dialog that asks before Escape throws typed changes away, and
 * field errors shown next to their fields by the paths a 400 names. Server values go in with textContent only.
 */
(function () {
    'use strict';

    // Translated by Jira's jsI18n transformer when the file is served; each key is written out in full.
    const STRINGS = {
        'pmo.compliance.admin.cancel': AJS.I18n.getText('pmo.compliance.admin.cancel'),
        'pmo.compliance.admin.save': AJS.I18n.getText('pmo.compliance.admin.save'),
        'pmo.compliance.admin.edit': AJS.I18n.getText('pmo.compliance.admin.edit'),
        'pmo.compliance.admin.delete': AJS.I18n.getText('pmo.compliance.admin.delete'),
        'pmo.compliance.admin.actions': AJS.I18n.getText('pmo.compliance.admin.actions'),
        'pmo.compliance.admin.errors': AJS.I18n.getText('pmo.compliance.admin.errors'),
        'pmo.compliance.admin.discard.question': AJS.I18n.getText('pmo.compliance.admin.discard.question'),
        'pmo.compliance.admin.discard.yes': AJS.I18n.getText('pmo.compliance.admin.discard.yes'),
        'pmo.compliance.admin.discard.no': AJS.I18n.getText('pmo.compliance.admin.discard.no'),
        'pmo.compliance.admin.conflict': AJS.I18n.getText('pmo.compliance.admin.conflict'),
        'pmo.compliance.admin.conflict.load': AJS.I18n.getText('pmo.compliance.admin.conflict.load'),
    };

    const PMO = window.PMO;
    const el = PMO.el;
    const tabs = {};
    const started = {};

    /** What the tab scripts share; each registers itself with tab(name, {start(panel), show(panel)}). */
    const CA = PMO.complianceAdmin = {
        base: '',
        contextPath: '',
        catalog: null,
        el: el
    };

    /** A translation function over a script's own table, falling back to the shared one. */
    CA.strings = function (table) {
        return function (key) {
            const own = Object.prototype.hasOwnProperty.call(table, key) ? table : STRINGS;
            return PMO.format.apply(null, [own].concat(Array.prototype.slice.call(arguments)));
        };
    };
    const t = CA.strings({});

    CA.tab = function (name, behaviour) {
        tabs[name] = behaviour;
    };

    CA.api = function (method, path, body, options) {
        return PMO.rest(method, CA.base + path, body, Object.assign({contextPath: CA.contextPath}, options || {}));
    };

    CA.clear = function (node) {
        while (node.firstChild) {
            node.removeChild(node.firstChild);
        }
        return node;
    };

    CA.button = function (text, className, onClick) {
        const node = el('button', 'aui-button ' + (className || ''), text);
        node.type = 'button';
        node.addEventListener('click', onClick);
        return node;
    };

    /** A labelled field group in an AUI form; the control carries the path a 400 names it by. */
    CA.field = function (container, label, control, path, description) {
        const group = container.appendChild(el('div', 'field-group'));
        const caption = group.appendChild(el('label', null, label));
        if (!control.id) {
            control.id = 'cpl-f-' + String(path).replace(/[^a-zA-Z0-9]+/g, '-');
        }
        caption.htmlFor = control.id;
        if (path) {
            control.setAttribute('data-path', path);
        }
        group.appendChild(control);
        if (description) {
            group.appendChild(el('div', 'description', description));
        }
        return control;
    };

    /** A checkbox with its label, lined up with the fields of an AUI form. */
    CA.checkboxField = function (container, label, checked, id, path) {
        const line = container.appendChild(el('div', 'field-group')).appendChild(el('div', 'checkbox'));
        const box = line.appendChild(CA.input('checkbox', checked));
        box.id = id;
        if (path) {
            box.setAttribute('data-path', path);
        }
        line.appendChild(el('label', null, label)).htmlFor = id;
        return box;
    };

    CA.input = function (type, value, className) {
        const node = el('input', (type === 'checkbox' ? 'checkbox ' : 'text ') + (className || ''));
        node.type = type;
        if (type === 'checkbox') {
            node.checked = !!value;
        } else {
            node.value = value === null || value === undefined ? '' : String(value);
        }
        return node;
    };

    /** A select of [value, label] pairs with one chosen. */
    CA.select = function (options, chosen, className) {
        const node = el('select', 'select ' + (className || ''));
        options.forEach(function (option) {
            const item = node.appendChild(el('option', null, option[1]));
            item.value = option[0];
        });
        if (chosen !== undefined && chosen !== null) {
            node.value = String(chosen);
        }
        return node;
    };

    /** A checkbox in a label, for lists of choices. */
    CA.checkbox = function (container, label, value, checked, className) {
        const line = container.appendChild(el('label', 'pmo-cpl-choice ' + (className || '')));
        const box = line.appendChild(CA.input('checkbox', checked));
        box.value = String(value);
        line.appendChild(el('span', null, ' ' + label));
        return box;
    };

    CA.table = function (headers, className) {
        const table = el('table', 'aui ' + (className || ''));
        const row = table.appendChild(el('thead')).appendChild(el('tr'));
        headers.forEach(function (label) {
            row.appendChild(el('th', null, label));
        });
        table.appendChild(el('tbody'));
        return table;
    };

    CA.emptyRow = function (table, columns, text) {
        const cell = table.tBodies[0].appendChild(el('tr')).appendChild(el('td', 'pmo-cpl-empty', text));
        cell.colSpan = columns;
    };

    /** Jira's projects and categories (PMO admins), loaded once. */
    CA.loadCatalog = function () {
        if (!CA.catalogLoad) {
            CA.catalogLoad = CA.api('GET', 'portfolio-catalog').then(function (result) {
                CA.catalog = result.ok ? result.data : {projects: [], categories: []};
                return CA.catalog;
            });
        }
        return CA.catalogLoad;
    };

    CA.projectLabel = function (project) {
        return project.key + ' \u2014 ' + project.name;
    };

    /* ------------------------------------------------------------------ field errors */

    function nearestTarget(container, path) {
        let candidate = path;
        while (candidate) {
            const target = container.querySelector('[data-path="' + CSS.escape(candidate) + '"]');
            if (target) {
                return target;
            }
            const cut = Math.max(candidate.lastIndexOf('.'), candidate.lastIndexOf('['));
            candidate = cut > 0 ? candidate.substring(0, cut) : '';
        }
        return null;
    }

    /**
     * Shows a 400's field errors: each next to the control whose data-path is its field (or the nearest enclosing
     * one: check.rule.parts[1] for check.rule.parts[1].value when the value has no input), and all of them listed in
     * summary. With a scope ('check'), only errors under that path are replaced, so a preview's answer leaves the
     * save's other errors standing.
     */
    CA.showErrors = function (container, summary, errors, scope) {
        function inScope(path) {
            return !scope || path === scope || path.indexOf(scope + '.') === 0 || path.indexOf(scope + '[') === 0;
        }
        container.querySelectorAll('.pmo-field-error').forEach(function (node) {
            if (inScope(node.getAttribute('data-error-path') || '')) {
                node.remove();
            }
        });
        container.querySelectorAll('.pmo-invalid').forEach(function (node) {
            if (inScope(node.getAttribute('data-invalid-path') || '')) {
                node.classList.remove('pmo-invalid');
                node.removeAttribute('aria-invalid');
                node.removeAttribute('data-invalid-path');
            }
        });
        errors.forEach(function (error) {
            const target = nearestTarget(container, error.field || '');
            if (!target) {
                return;
            }
            target.classList.add('pmo-invalid');
            target.setAttribute('aria-invalid', 'true');
            target.setAttribute('data-invalid-path', error.field);
            const note = el('div', 'error pmo-field-error', error.message);
            note.setAttribute('data-error-path', error.field);
            target.insertAdjacentElement('afterend', note);
        });
        const lines = Array.prototype.slice.call(container.querySelectorAll('.pmo-field-error')).map(function (n) {
            return n.getAttribute('data-error-path') + ': ' + n.textContent;
        });
        errors.forEach(function (error) {
            if (!nearestTarget(container, error.field || '')) {
                lines.push((error.field ? error.field + ': ' : '') + error.message);
            }
        });
        CA.clear(summary);
        if (!lines.length) {
            summary.hidden = true;
            return;
        }
        summary.hidden = false;
        const message = summary.appendChild(el('div', 'aui-message aui-message-error'));
        message.appendChild(el('p', 'title')).appendChild(el('strong', null, t('pmo.compliance.admin.errors')));
        const list = message.appendChild(el('ul'));
        lines.forEach(function (line) {
            list.appendChild(el('li', 'pmo-error-line', line));
        });
    };

    /* ------------------------------------------------------------------ editor dialog */

    let dialogCount = 0;

    /* ------------------------------------------------------------------ lists and editors of standards and sets */

    /** A row's edit and delete buttons, in its last cell. */
    CA.rowActions = function (row, onEdit, onDelete) {
        const actions = row.appendChild(el('td', 'pmo-cpl-actions'));
        actions.appendChild(CA.button(t('pmo.compliance.admin.edit'), 'aui-button-link pmo-cpl-edit', function (e) {
            onEdit(e.currentTarget);
        }));
        actions.appendChild(CA.button(t('pmo.compliance.admin.delete'), 'aui-button-link pmo-cpl-delete', onDelete));
    };

    /** Puts a freshly drawn list in place of the one with the same id, or at the end of the panel the first time. */
    CA.placeTable = function (panel, table) {
        const old = document.getElementById(table.id);
        if (old) {
            old.replaceWith(table);
        } else {
            panel.appendChild(table);
        }
    };

    /** Reads the item at {@code path} again (its version may have moved) and opens the editor on it. */
    CA.editFresh = function (path, openEditor, opener) {
        CA.api('GET', path).then(function (result) {
            if (result.ok) {
                openEditor(result.data, opener);
            }
        });
    };

    /**
     * The editor's name and its longer text (a standard's rationale, a set's description), with the ids, labels and
     * paths the form reads and a 400 names them by. spec: {prefix, text (the field's name), nameLabel, textLabel}.
     */
    CA.nameAndText = function (form, values, spec) {
        const name = CA.input('text', values.name, 'long-field');
        name.id = spec.prefix + '-name';
        name.maxLength = 255;
        CA.field(form, spec.nameLabel, name, 'name');
        const text = el('textarea', 'textarea long-field');
        text.id = spec.prefix + '-' + spec.text;
        text.rows = 2;
        text.maxLength = 4000;
        text.value = values[spec.text] || '';
        CA.field(form, spec.textLabel, text, spec.text);
    };

    /**
     * Saves the editor's body: POST to {@code collection} for a new item, PUT to {@code collection/id} for a stored
     * one. Saved: flags {@code saved(name)}, closes and reloads; 400: shows the field errors; 409: offers the
     * current item, which reopens the editor. An answer for an editor closed or reopened meanwhile is dropped.
     * spec: {dialog, collection, body, state, current() (the editor's state now), saved(name), reopen, reload}.
     */
    CA.saveEditor = function (spec) {
        const dialog = spec.dialog;
        const request = spec.state.id ? CA.api('PUT', spec.collection + '/' + spec.state.id, spec.body)
            : CA.api('POST', spec.collection, spec.body);
        dialog.saveButton.disabled = true;
        request.then(function (result) {
            dialog.saveButton.disabled = false;
            if (spec.current() !== spec.state) {
                return;
            }
            if (result.ok) {
                PMO.flag('success', spec.saved(result.data ? result.data.name : spec.body.name));
                dialog.markClean();
                dialog.close();
                spec.reload();
            } else if (result.status === 400) {
                CA.showErrors(dialog.form, dialog.errors, result.fieldErrors);
                dialog.focusProblem();
            } else if (result.status === 409) {
                CA.showErrors(dialog.form, dialog.errors, []);
                dialog.showConflict(result.current, function (current) {
                    spec.reopen(current, null);
                });
                spec.reload();
            }
        });
    };

    /** A tab listing items, with a "Create" button that opens the editor on a new one. */
    CA.listTab = function (name, spec) {
        CA.tab(name, {
            start: function (node) {
                spec.started(node);
                const bar = node.appendChild(el('div', 'pmo-cpl-toolbar'));
                const create = bar.appendChild(CA.button(spec.createLabel, 'aui-button-primary', function () {
                    spec.open(null, create);
                }));
                create.id = spec.createId;
                spec.load();
            },
            show: function () {
                spec.load();
            }
        });
    };

    /**
     * An AUI dialog holding a form. spec: {id, size ('medium'|'large'|'xlarge'), read() -> the body the form would
     * send, submit(event)}. Escape closes it when nothing was changed since open() or markClean(); with unsaved
     * changes it asks first, and only "Discard" throws them away. Answers {node, form, errors, conflict, open(title,
     * opener), close(), markClean(), dirty(), showConflict(current, onLoad), hint (the footer's left part)}.
     */
    CA.editorDialog = function (spec) {
        const id = spec.id || ('cpl-dialog-' + (++dialogCount));
        const node = el('section', 'aui-dialog2 aui-dialog2-' + (spec.size || 'large') + ' aui-layer pmo-cpl-dialog');
        node.id = id;
        node.setAttribute('role', 'dialog');
        node.setAttribute('tabindex', '-1');
        node.setAttribute('aria-modal', 'true');
        node.setAttribute('aria-labelledby', id + '-heading');
        // Escape is handled here, so it cannot throw typed changes away.
        node.setAttribute('data-aui-modal', 'true');
        node.hidden = true;
        const header = node.appendChild(el('header', 'aui-dialog2-header'));
        const heading = header.appendChild(el('h2', 'aui-dialog2-header-main'));
        heading.id = id + '-heading';
        const content = node.appendChild(el('div', 'aui-dialog2-content'));
        const conflict = content.appendChild(el('div', 'pmo-cpl-conflict'));
        conflict.id = id + '-conflict';
        const errors = content.appendChild(el('div', 'pmo-cpl-errors'));
        errors.id = id + '-errors';
        errors.hidden = true;
        const form = content.appendChild(el('form', 'aui pmo-cpl-form'));
        form.id = id + '-form';
        form.noValidate = true;
        const footer = node.appendChild(el('footer', 'aui-dialog2-footer'));
        const discard = footer.appendChild(el('div', 'aui-message aui-message-warning pmo-cpl-discard'));
        discard.setAttribute('role', 'alertdialog');
        discard.hidden = true;
        discard.appendChild(el('p', null, t('pmo.compliance.admin.discard.question')));
        const actions = footer.appendChild(el('div', 'aui-dialog2-footer-actions'));
        // Left of the buttons: what the dialog shows while the form scrolls (the standards' live preview).
        const hint = footer.appendChild(el('div', 'aui-dialog2-footer-hint pmo-cpl-footer-hint'));
        const save = actions.appendChild(el('button', 'aui-button aui-button-primary', t('pmo.compliance.admin.save')));
        save.type = 'submit';
        save.id = id + '-save';
        save.setAttribute('form', form.id);
        const cancel = actions.appendChild(CA.button(t('pmo.compliance.admin.cancel'), 'aui-button-link', function () {
            close();
        }));
        cancel.id = id + '-cancel';
        document.body.appendChild(node);
        const dialog = PMO.dialog(node);
        let snapshot = null;
        let opener = null;
        let open = false;

        const discardYes = discard.appendChild(CA.button(t('pmo.compliance.admin.discard.yes'), 'pmo-cpl-discard-yes',
            function () {
                close();
            }));
        discardYes.id = id + '-discard-yes';
        const discardNo = discard.appendChild(CA.button(t('pmo.compliance.admin.discard.no'), 'aui-button-link',
            function () {
                discard.hidden = true;
                const first = form.querySelector('input, select, textarea, button');
                if (first) {
                    first.focus();
                }
            }));
        discardNo.id = id + '-discard-no';

        function dirty() {
            return open && snapshot !== null && JSON.stringify(spec.read()) !== snapshot;
        }

        function markClean() {
            snapshot = JSON.stringify(spec.read());
            discard.hidden = true;
        }

        function hidden() {
            if (!open) {
                return;
            }
            open = false;
            snapshot = null;
            discard.hidden = true;
            if (spec.closed) {
                spec.closed();
            }
            const back = opener;
            opener = null;
            if (back && document.body.contains(back)) {
                setTimeout(function () {
                    back.focus();
                }, 0);
            }
        }

        function close() {
            if (dialog.hide()) {
                hidden();
            }
        }

        if (dialog.aui && typeof dialog.aui.on === 'function') {
            dialog.aui.on('hide', hidden);
        }
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            discard.hidden = true;
            spec.submit(event);
        });
        // On the document, not the dialog: a Save button disabled while it saves drops the focus to the body.
        document.addEventListener('keydown', function (event) {
            if (event.key !== 'Escape' || !open || (event.target !== document.body && !node.contains(event.target))) {
                return;
            }
            event.preventDefault();
            event.stopPropagation();
            if (!discard.hidden) {
                discard.hidden = true;
                return;
            }
            if (dirty()) {
                discard.hidden = false;
                discardNo.focus();
                return;
            }
            close();
        }, true);

        return {
            node: node,
            form: form,
            errors: errors,
            conflict: conflict,
            hint: hint,
            saveButton: save,
            open: function (title, from) {
                heading.textContent = title;
                CA.clear(conflict);
                CA.clear(errors);
                errors.hidden = true;
                discard.hidden = true;
                opener = from || document.activeElement;
                open = true;
                dialog.show();
                markClean();
                setTimeout(function () {
                    const first = form.querySelector('input:not([type=hidden]), select, textarea');
                    if (first) {
                        first.focus();
                    }
                }, 0);
            },
            close: close,
            isOpen: function () {
                return open;
            },
            markClean: markClean,
            dirty: dirty,
            /** After a refusal: the first field marked invalid takes the focus (else Save), not the page's body. */
            focusProblem: function () {
                const target = form.querySelector('.pmo-invalid') || save;
                target.focus();
            },
            /** A 409: says who saved meanwhile and offers to load their version. */
            showConflict: function (current, onLoad) {
                CA.clear(conflict);
                const message = conflict.appendChild(el('div', 'aui-message aui-message-warning'));
                message.appendChild(el('p', null, t('pmo.compliance.admin.conflict',
                    current ? (current.updatedByName || current.updatedBy || '') : '',
                    current && current.version !== undefined ? current.version : '')));
                if (current) {
                    message.appendChild(CA.button(t('pmo.compliance.admin.conflict.load'), 'pmo-cpl-load-current',
                        function () {
                            onLoad(current);
                        })).id = id + '-load-current';
                }
                conflict.scrollIntoView({block: 'nearest'});
            }
        };
    };

    /* ------------------------------------------------------------------ tabs */

    function select(name, focus) {
        document.querySelectorAll('#pmo-compliance-admin [role=tab]').forEach(function (tab) {
            const chosen = tab.id === 'cpl-tab-' + name;
            tab.setAttribute('aria-selected', chosen ? 'true' : 'false');
            tab.tabIndex = chosen ? 0 : -1;
            tab.classList.toggle('pmo-cpl-tab-active', chosen);
            document.getElementById(tab.getAttribute('aria-controls')).hidden = !chosen;
            if (chosen && focus) {
                tab.focus();
            }
        });
        const panel = document.getElementById('cpl-panel-' + name);
        const behaviour = tabs[name];
        if (behaviour) {
            if (!started[name]) {
                started[name] = true;
                behaviour.start(panel);
            } else if (behaviour.show) {
                behaviour.show(panel);
            }
        }
        if (window.history && window.history.replaceState) {
            window.history.replaceState(null, '', '#' + name);
        }
    }
    CA.selectTab = select;

    document.addEventListener('DOMContentLoaded', function () {
        const root = document.getElementById('pmo-compliance-admin');
        if (!root) {
            return;
        }
        CA.base = root.getAttribute('data-rest-url');
        CA.contextPath = root.getAttribute('data-context-path');
        const list = Array.prototype.slice.call(root.querySelectorAll('[role=tab]'));
        const names = list.map(function (tab) {
            return tab.id.substring('cpl-tab-'.length);
        });
        list.forEach(function (tab, index) {
            tab.addEventListener('click', function () {
                select(names[index], false);
            });
            tab.addEventListener('keydown', function (event) {
                let next = -1;
                if (event.key === 'ArrowRight') {
                    next = (index + 1) % names.length;
                } else if (event.key === 'ArrowLeft') {
                    next = (index - 1 + names.length) % names.length;
                } else if (event.key === 'Home') {
                    next = 0;
                } else if (event.key === 'End') {
                    next = names.length - 1;
                }
                if (next >= 0) {
                    event.preventDefault();
                    select(names[next], true);
                }
            });
        });
        CA.loadCatalog().then(function () {
            document.getElementById('cpl-loading').hidden = true;
            const wanted = window.location.hash.substring(1);
            select(names.indexOf(wanted) >= 0 ? wanted : names[0], false);
        });
    });
}());
