/*
 * The Standard sets tab: the list of sets, and the dialog that creates and edits one: its name and description, its
 * standards, and the projects it applies to by portfolio, by project category or by explicit project (choices from
 * /portfolios and /portfolio-catalog).
 */
(function () {
    'use strict';

    const STRINGS = {
        'pmo.compliance.admin.sets.create': AJS.I18n.getText('pmo.compliance.admin.sets.create'),
        'pmo.compliance.admin.sets.empty': AJS.I18n.getText('pmo.compliance.admin.sets.empty'),
        'pmo.compliance.admin.sets.name': AJS.I18n.getText('pmo.compliance.admin.sets.name'),
        'pmo.compliance.admin.sets.description': AJS.I18n.getText('pmo.compliance.admin.sets.description'),
        'pmo.compliance.admin.sets.standards': AJS.I18n.getText('pmo.compliance.admin.sets.standards'),
        'pmo.compliance.admin.sets.standards.none': AJS.I18n.getText('pmo.compliance.admin.sets.standards.none'),
        'pmo.compliance.admin.sets.scope': AJS.I18n.getText('pmo.compliance.admin.sets.scope'),
        'pmo.compliance.admin.sets.portfolios': AJS.I18n.getText('pmo.compliance.admin.sets.portfolios'),
        'pmo.compliance.admin.sets.portfolios.none': AJS.I18n.getText('pmo.compliance.admin.sets.portfolios.none'),
        'pmo.compliance.admin.sets.categories': AJS.I18n.getText('pmo.compliance.admin.sets.categories'),
        'pmo.compliance.admin.sets.categories.none': AJS.I18n.getText('pmo.compliance.admin.sets.categories.none'),
        'pmo.compliance.admin.sets.projects': AJS.I18n.getText('pmo.compliance.admin.sets.projects'),
        'pmo.compliance.admin.sets.projects.filter': AJS.I18n.getText('pmo.compliance.admin.sets.projects.filter'),
        'pmo.compliance.admin.sets.scope.nothing': AJS.I18n.getText('pmo.compliance.admin.sets.scope.nothing'),
        'pmo.compliance.admin.sets.new.title': AJS.I18n.getText('pmo.compliance.admin.sets.new.title'),
        'pmo.compliance.admin.sets.edit.title': AJS.I18n.getText('pmo.compliance.admin.sets.edit.title'),
        'pmo.compliance.admin.sets.saved': AJS.I18n.getText('pmo.compliance.admin.sets.saved'),
        'pmo.compliance.admin.sets.deleted': AJS.I18n.getText('pmo.compliance.admin.sets.deleted'),
        'pmo.compliance.admin.sets.delete.confirm': AJS.I18n.getText('pmo.compliance.admin.sets.delete.confirm')
    };

    const PMO = window.PMO;
    const CA = PMO.complianceAdmin;
    const el = PMO.el;
    const t = CA.strings(STRINGS);

    let panel = null;
    let dialog = null;
    let editing = null;
    let sets = [];
    let portfolios = [];

    function load() {
        return Promise.all([CA.api('GET', 'compliance/sets'), CA.api('GET', 'portfolios'),
            CA.loadStandards ? CA.loadStandards() : Promise.resolve([])]).then(function (results) {
            if (results[1].ok) {
                portfolios = results[1].data;
            }
            if (results[0].ok) {
                sets = results[0].data;
                renderList();
            }
        });
    }

    function names(ids, all, nameOf) {
        return (ids || []).map(function (id) {
            const found = all.find(function (item) {
                return item.id === id;
            });
            return found ? nameOf(found) : String(id);
        });
    }

    function scopeText(scope) {
        const parts = [].concat(
            names(scope.portfolioIds, portfolios, function (p) {
                return p.name;
            }),
            names(scope.categoryIds, CA.catalog.categories, function (c) {
                return c.name;
            }),
            names(scope.projectIds, CA.catalog.projects, function (p) {
                return p.key;
            }));
        return parts.length ? parts.join(', ') : t('pmo.compliance.admin.sets.scope.nothing');
    }

    function renderList() {
        const table = CA.table([t('pmo.compliance.admin.sets.name'), t('pmo.compliance.admin.sets.description'),
            t('pmo.compliance.admin.sets.standards'), t('pmo.compliance.admin.sets.scope'),
            t('pmo.compliance.admin.actions')], 'pmo-cpl-sets');
        table.id = 'cpl-sets';
        if (!sets.length) {
            CA.emptyRow(table, 5, t('pmo.compliance.admin.sets.empty'));
        }
        sets.forEach(function (set) {
            const row = table.tBodies[0].appendChild(el('tr', 'pmo-cpl-set-row'));
            row.setAttribute('data-set-id', String(set.id));
            row.appendChild(el('td', 'pmo-cpl-set-name', set.name));
            row.appendChild(el('td', 'pmo-cpl-set-description', set.description || ''));
            row.appendChild(el('td', 'pmo-cpl-set-standards', names(set.standardIds, CA.standards, function (s) {
                return s.name;
            }).join(', ')));
            row.appendChild(el('td', 'pmo-cpl-set-scope', scopeText(set.scope || {})));
            CA.rowActions(row, function (opener) {
                CA.editFresh('compliance/sets/' + set.id, openEditor, opener);
            }, function () {
                remove(set);
            });
        });
        CA.placeTable(panel, table);
    }

    function remove(set) {
        if (!window.confirm(t('pmo.compliance.admin.sets.delete.confirm', set.name))) {
            return;
        }
        CA.api('DELETE', 'compliance/sets/' + set.id + '?version=' + set.version).then(function (result) {
            if (result.ok) {
                PMO.flag('success', t('pmo.compliance.admin.sets.deleted', set.name));
            }
            load();
        });
    }

    function checked(selector) {
        return Array.prototype.slice.call(dialog.form.querySelectorAll(selector + ' input:checked'))
            .map(function (box) {
                return Number(box.value);
            });
    }

    function read() {
        if (!editing) {
            return null;
        }
        return {
            name: dialog.form.querySelector('#cpl-set-name').value,
            description: dialog.form.querySelector('#cpl-set-description').value,
            standardIds: checked('#cpl-set-standards'),
            scope: {
                portfolioIds: checked('#cpl-set-portfolios'),
                categoryIds: checked('#cpl-set-categories'),
                projectIds: checked('#cpl-set-projects')
            },
            version: editing.version
        };
    }

    /** A fieldset of checkboxes, one per item, with the path a 400 names the list by. */
    function choices(form, id, legend, path, items, chosen, labelOf, none) {
        const box = form.appendChild(el('fieldset', 'group pmo-cpl-choices'));
        box.id = id;
        box.setAttribute('data-path', path);
        box.appendChild(el('legend')).appendChild(el('span', null, legend));
        if (!items.length) {
            box.appendChild(el('p', 'description', none));
        }
        const list = box.appendChild(el('div', 'pmo-cpl-choice-list'));
        items.forEach(function (item) {
            CA.checkbox(list, labelOf(item), item.id, (chosen || []).indexOf(item.id) >= 0);
        });
        return box;
    }

    function ensureDialog() {
        if (!dialog) {
            dialog = CA.editorDialog({id: 'cpl-set-dialog', size: 'large', read: read, submit: save,
                closed: function () {
                    editing = null;
                }});
        }
    }

    function openEditor(set, opener) {
        ensureDialog();
        editing = set ? {id: set.id, version: set.version} : {id: null, version: null};
        const values = set || {name: '', description: '', standardIds: [],
            scope: {portfolioIds: [], categoryIds: [], projectIds: []}};
        const scope = values.scope || {};
        const form = CA.clear(dialog.form);
        CA.nameAndText(form, values, {prefix: 'cpl-set', text: 'description',
            nameLabel: t('pmo.compliance.admin.sets.name'), textLabel: t('pmo.compliance.admin.sets.description')});
        choices(form, 'cpl-set-standards', t('pmo.compliance.admin.sets.standards'), 'standardIds', CA.standards,
            values.standardIds, function (standard) {
                return standard.name;
            }, t('pmo.compliance.admin.sets.standards.none'));
        form.appendChild(el('h3', null, t('pmo.compliance.admin.sets.scope')));
        choices(form, 'cpl-set-portfolios', t('pmo.compliance.admin.sets.portfolios'), 'scope.portfolioIds',
            portfolios, scope.portfolioIds, function (portfolio) {
                return portfolio.name;
            }, t('pmo.compliance.admin.sets.portfolios.none'));
        choices(form, 'cpl-set-categories', t('pmo.compliance.admin.sets.categories'), 'scope.categoryIds',
            CA.catalog.categories, scope.categoryIds, function (category) {
                return category.name;
            }, t('pmo.compliance.admin.sets.categories.none'));
        const projects = choices(form, 'cpl-set-projects', t('pmo.compliance.admin.sets.projects'),
            'scope.projectIds', CA.catalog.projects, scope.projectIds, CA.projectLabel, '');
        // Jira may have hundreds of projects: a filter over the list narrows it as one types.
        const filter = CA.input('search', '', 'medium-field pmo-cpl-filter');
        filter.id = 'cpl-set-projects-filter';
        filter.placeholder = t('pmo.compliance.admin.sets.projects.filter');
        filter.setAttribute('aria-label', t('pmo.compliance.admin.sets.projects.filter'));
        projects.insertBefore(filter, projects.querySelector('.pmo-cpl-choice-list'));
        filter.addEventListener('input', function () {
            const wanted = filter.value.trim().toLowerCase();
            projects.querySelectorAll('.pmo-cpl-choice').forEach(function (line) {
                line.hidden = wanted !== '' && line.textContent.toLowerCase().indexOf(wanted) < 0;
            });
        });
        dialog.open(set ? t('pmo.compliance.admin.sets.edit.title', set.name)
            : t('pmo.compliance.admin.sets.new.title'), opener);
    }

    function save() {
        const state = editing;
        CA.saveEditor({dialog: dialog, collection: 'compliance/sets', body: read(), state: state,
            current: function () {
                return editing;
            },
            saved: function (name) {
                return t('pmo.compliance.admin.sets.saved', name);
            },
            reopen: openEditor, reload: load});
    }

    CA.listTab('sets', {createLabel: t('pmo.compliance.admin.sets.create'), createId: 'cpl-set-create',
        started: function (node) {
            panel = node;
        },
        open: openEditor, load: load});
}());
