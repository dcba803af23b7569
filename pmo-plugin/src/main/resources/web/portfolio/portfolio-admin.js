/*
 * The portfolio administration page (PMO admins): lists portfolios, and creates, edits and deletes them with their
 * programs, chosen projects, categories, plan figures and thresholds, through /rest/pmo/1.0/portfolios. The server
 * decides what is valid: a 400's field errors are shown next to their fields, a 409 offers the version saved
 * meanwhile. Server values go into the page with textContent only.
 */
(function () {
    'use strict';

    // Translated by Jira's jsI18n transformer when the file is served; each key is written out in full.
    const STRINGS = {
        'pmo.portfolio.admin.actions': AJS.I18n.getText('pmo.portfolio.admin.actions'),
        'pmo.portfolio.admin.add.program': AJS.I18n.getText('pmo.portfolio.admin.add.program'),
        'pmo.portfolio.admin.add.project': AJS.I18n.getText('pmo.portfolio.admin.add.project'),
        'pmo.portfolio.admin.by.category': AJS.I18n.getText('pmo.portfolio.admin.by.category'),
        'pmo.portfolio.admin.categories': AJS.I18n.getText('pmo.portfolio.admin.categories'),
        'pmo.portfolio.admin.choose.project': AJS.I18n.getText('pmo.portfolio.admin.choose.project'),
        'pmo.portfolio.admin.colour': AJS.I18n.getText('pmo.portfolio.admin.colour'),
        'pmo.portfolio.admin.conflict': AJS.I18n.getText('pmo.portfolio.admin.conflict'),
        'pmo.portfolio.admin.conflict.load': AJS.I18n.getText('pmo.portfolio.admin.conflict.load'),
        'pmo.portfolio.admin.cancel': AJS.I18n.getText('pmo.portfolio.admin.cancel'),
        'pmo.portfolio.admin.defaults': AJS.I18n.getText('pmo.portfolio.admin.defaults'),
        'pmo.portfolio.admin.delete': AJS.I18n.getText('pmo.portfolio.admin.delete'),
        'pmo.portfolio.admin.delete.confirm': AJS.I18n.getText('pmo.portfolio.admin.delete.confirm'),
        'pmo.portfolio.admin.deleted': AJS.I18n.getText('pmo.portfolio.admin.deleted'),
        'pmo.portfolio.admin.description': AJS.I18n.getText('pmo.portfolio.admin.description'),
        'pmo.portfolio.admin.direct.projects': AJS.I18n.getText('pmo.portfolio.admin.direct.projects'),
        'pmo.portfolio.admin.edit': AJS.I18n.getText('pmo.portfolio.admin.edit'),
        'pmo.portfolio.admin.edit.title': AJS.I18n.getText('pmo.portfolio.admin.edit.title'),
        'pmo.portfolio.admin.empty': AJS.I18n.getText('pmo.portfolio.admin.empty'),
        'pmo.portfolio.admin.errors': AJS.I18n.getText('pmo.portfolio.admin.errors'),
        'pmo.portfolio.admin.load.failed': AJS.I18n.getText('pmo.portfolio.admin.load.failed'),
        'pmo.portfolio.admin.name': AJS.I18n.getText('pmo.portfolio.admin.name'),
        'pmo.portfolio.admin.new.title': AJS.I18n.getText('pmo.portfolio.admin.new.title'),
        'pmo.portfolio.admin.owner': AJS.I18n.getText('pmo.portfolio.admin.owner'),
        'pmo.portfolio.admin.plan.bac': AJS.I18n.getText('pmo.portfolio.admin.plan.bac'),
        'pmo.portfolio.admin.plan.currency': AJS.I18n.getText('pmo.portfolio.admin.plan.currency'),
        'pmo.portfolio.admin.plan.finish': AJS.I18n.getText('pmo.portfolio.admin.plan.finish'),
        'pmo.portfolio.admin.plan.rate': AJS.I18n.getText('pmo.portfolio.admin.plan.rate'),
        'pmo.portfolio.admin.plan.start': AJS.I18n.getText('pmo.portfolio.admin.plan.start'),
        'pmo.portfolio.admin.plan.thresholds': AJS.I18n.getText('pmo.portfolio.admin.plan.thresholds'),
        'pmo.portfolio.admin.program': AJS.I18n.getText('pmo.portfolio.admin.program'),
        'pmo.portfolio.admin.programs': AJS.I18n.getText('pmo.portfolio.admin.programs'),
        'pmo.portfolio.admin.projects': AJS.I18n.getText('pmo.portfolio.admin.projects'),
        'pmo.portfolio.admin.remove': AJS.I18n.getText('pmo.portfolio.admin.remove'),
        'pmo.portfolio.admin.save': AJS.I18n.getText('pmo.portfolio.admin.save'),
        'pmo.portfolio.admin.saved': AJS.I18n.getText('pmo.portfolio.admin.saved'),
        'pmo.portfolio.admin.threshold.cpi': AJS.I18n.getText('pmo.portfolio.admin.threshold.cpi'),
        'pmo.portfolio.admin.threshold.overdue': AJS.I18n.getText('pmo.portfolio.admin.threshold.overdue'),
        'pmo.portfolio.admin.threshold.spi': AJS.I18n.getText('pmo.portfolio.admin.threshold.spi'),
        'pmo.portfolio.admin.threshold.amber': AJS.I18n.getText('pmo.portfolio.admin.threshold.amber'),
        'pmo.portfolio.admin.threshold.red': AJS.I18n.getText('pmo.portfolio.admin.threshold.red')
    };
    const PLAN_FIELDS = [
        ['budgetAtCompletion', 'pmo.portfolio.admin.plan.bac', 'text'],
        ['currency', 'pmo.portfolio.admin.plan.currency', 'text'],
        ['baselineStart', 'pmo.portfolio.admin.plan.start', 'date'],
        ['baselineFinish', 'pmo.portfolio.admin.plan.finish', 'date'],
        ['costRatePerHour', 'pmo.portfolio.admin.plan.rate', 'text']
    ];
    const THRESHOLDS = [
        ['spiAmber', 'spiRed', 'pmo.portfolio.admin.threshold.spi', ['0.95', '0.85']],
        ['cpiAmber', 'cpiRed', 'pmo.portfolio.admin.threshold.cpi', ['0.95', '0.85']],
        ['overdueShareAmber', 'overdueShareRed', 'pmo.portfolio.admin.threshold.overdue', ['0.10', '0.25']]
    ];

    const PMO = window.PMO;
    const el = PMO.el;
    let base = '';
    let contextPath = '';
    let catalog = {projects: [], categories: []};
    let editing = null;

    function t(key) {
        return PMO.format.apply(null, [STRINGS].concat(Array.prototype.slice.call(arguments)));
    }

    function byId(id) {
        return document.getElementById(id);
    }

    function clear(node) {
        while (node.firstChild) {
            node.removeChild(node.firstChild);
        }
        return node;
    }

    function api(method, path, body, options) {
        return PMO.rest(method, base + path, body, Object.assign({contextPath: contextPath}, options || {}));
    }

    function button(text, className, onClick) {
        const node = el('button', 'aui-button ' + (className || ''), text);
        node.type = 'button';
        node.addEventListener('click', onClick);
        return node;
    }

    function projectLabel(id) {
        const project = catalog.projects.find(function (p) {
            return p.id === id;
        });
        return project ? project.key + ' \u2014 ' + project.name : String(id);
    }

    /* ------------------------------------------------------------------ list */

    function loadList() {
        return api('GET', 'portfolios').then(function (result) {
            byId('pmo-portfolio-loading').hidden = true;
            if (!result.ok) {
                return;
            }
            renderList(result.data);
        });
    }

    function renderList(portfolios) {
        const table = clear(byId('pmo-portfolio-list'));
        table.hidden = false;
        const head = table.appendChild(el('thead')).appendChild(el('tr'));
        [t('pmo.portfolio.admin.name'), t('pmo.portfolio.admin.owner'), t('pmo.portfolio.admin.programs'),
            t('pmo.portfolio.admin.projects'), t('pmo.portfolio.admin.actions')].forEach(function (label) {
            head.appendChild(el('th', null, label));
        });
        const body = table.appendChild(el('tbody'));
        if (portfolios.length === 0) {
            const cell = body.appendChild(el('tr')).appendChild(el('td', 'pmo-portfolio-empty',
                t('pmo.portfolio.admin.empty')));
            cell.colSpan = 5;
        }
        portfolios.forEach(function (summary) {
            const row = body.appendChild(el('tr', 'pmo-portfolio-row'));
            row.setAttribute('data-portfolio-id', String(summary.id));
            const name = row.appendChild(el('td', 'pmo-portfolio-name'));
            const swatch = name.appendChild(el('span', 'pmo-portfolio-swatch'));
            swatch.style.backgroundColor = summary.colour;
            name.appendChild(el('span', 'pmo-portfolio-title', summary.name));
            row.appendChild(el('td', null, summary.ownerName || ''));
            row.appendChild(el('td', 'pmo-portfolio-programs', summary.programs));
            row.appendChild(el('td', 'pmo-portfolio-projects', summary.projects));
            const actions = row.appendChild(el('td'));
            actions.appendChild(button(t('pmo.portfolio.admin.edit'), 'pmo-portfolio-edit', function () {
                edit(summary.id);
            }));
            actions.appendChild(button(t('pmo.portfolio.admin.delete'), 'pmo-portfolio-delete', function () {
                remove(summary);
            }));
        });
    }

    function edit(id) {
        api('GET', 'portfolios/' + id).then(function (result) {
            if (result.ok) {
                openEditor(result.data);
            }
        });
    }

    function remove(summary) {
        if (!window.confirm(t('pmo.portfolio.admin.delete.confirm', summary.name))) {
            return;
        }
        api('DELETE', 'portfolios/' + summary.id + '?version=' + summary.version).then(function (result) {
            if (result.ok) {
                PMO.flag('success', t('pmo.portfolio.admin.deleted', summary.name));
                if (editing && editing.id === summary.id) {
                    closeEditor();
                }
            }
            loadList();
        });
    }

    /* ------------------------------------------------------------------ editor */

    function emptyPortfolio() {
        return {id: null, version: null, name: '', description: '', ownerKey: '', colour: '#0052cc',
            defaults: null, programs: [], projects: [], categoryIds: []};
    }

    /** The editor's state from a GET answer: only what a PUT sends back. */
    function stateOf(json) {
        function entry(project) {
            return {projectId: project.projectId, plan: project.plan};
        }
        return {
            id: json.id, version: json.version, name: json.name, description: json.description || '',
            ownerKey: json.ownerKey || '', colour: json.colour, defaults: json.defaults,
            programs: json.programs.map(function (program) {
                return {id: program.id, name: program.name, description: program.description || '',
                    ownerKey: program.ownerKey || '', defaults: program.defaults,
                    projects: program.projects.map(entry)};
            }),
            projects: json.projects.map(entry),
            categoryIds: json.categoryIds.slice()
        };
    }

    function openEditor(json) {
        editing = json ? stateOf(json) : emptyPortfolio();
        renderEditor();
        byId('pmo-portfolio-editor').scrollIntoView({block: 'start'});
        byId('pf-name').focus();
    }

    function closeEditor() {
        editing = null;
        const form = clear(byId('pmo-portfolio-editor'));
        form.hidden = true;
    }

    function field(container, label, input, path) {
        const group = container.appendChild(el('div', 'field-group'));
        const caption = group.appendChild(el('label', null, label));
        if (input.id) {
            caption.htmlFor = input.id;
        }
        input.setAttribute('data-path', path);
        group.appendChild(input);
        return input;
    }

    function input(type, value, className, id) {
        const node = el('input', (type === 'color' ? '' : 'text ') + (className || ''));
        node.type = type;
        node.value = value === null || value === undefined ? '' : String(value);
        if (id) {
            node.id = id;
        }
        return node;
    }

    /** A plan's inputs: the five figures in a row, and thresholds behind a checkbox. */
    function planEditor(container, plan, path) {
        const box = container.appendChild(el('fieldset', 'pmo-plan'));
        box.setAttribute('data-plan-path', path);
        const row = box.appendChild(el('div', 'pmo-plan-figures'));
        PLAN_FIELDS.forEach(function (spec) {
            const cell = row.appendChild(el('label', 'pmo-plan-figure'));
            cell.appendChild(el('span', null, t(spec[1])));
            const node = cell.appendChild(input(spec[2], plan ? plan[spec[0]] : null, 'short-field'));
            node.setAttribute('data-plan-field', spec[0]);
            node.setAttribute('data-path', path + '.' + spec[0]);
        });
        const thresholds = plan ? plan.thresholds : null;
        const toggle = box.appendChild(el('label', 'pmo-plan-thresholds-toggle'));
        const check = toggle.appendChild(el('input'));
        check.type = 'checkbox';
        check.checked = !!thresholds;
        check.setAttribute('data-plan-thresholds', '');
        toggle.appendChild(el('span', null, ' ' + t('pmo.portfolio.admin.plan.thresholds')));
        const bounds = box.appendChild(el('div', 'pmo-plan-thresholds'));
        bounds.hidden = !thresholds;
        check.addEventListener('change', function () {
            bounds.hidden = !check.checked;
        });
        THRESHOLDS.forEach(function (spec) {
            const line = bounds.appendChild(el('div', 'pmo-threshold'));
            line.appendChild(el('span', 'pmo-threshold-name', t(spec[2])));
            [[spec[0], 'pmo.portfolio.admin.threshold.amber', spec[3][0]],
                [spec[1], 'pmo.portfolio.admin.threshold.red', spec[3][1]]].forEach(function (bound) {
                const cell = line.appendChild(el('label'));
                cell.appendChild(el('span', null, t(bound[1])));
                const node = cell.appendChild(input('text', thresholds ? thresholds[bound[0]] : bound[2],
                    'short-field'));
                node.setAttribute('data-threshold-field', bound[0]);
                node.setAttribute('data-path', path + '.thresholds.' + bound[0]);
            });
        });
        return box;
    }

    function readPlan(box) {
        const plan = {};
        let any = false;
        box.querySelectorAll(':scope > .pmo-plan-figures [data-plan-field]').forEach(function (node) {
            const value = node.value.trim();
            plan[node.getAttribute('data-plan-field')] = value === '' ? null : value;
            any = any || value !== '';
        });
        plan.thresholds = null;
        if (box.querySelector('[data-plan-thresholds]').checked) {
            plan.thresholds = {};
            box.querySelectorAll('[data-threshold-field]').forEach(function (node) {
                plan.thresholds[node.getAttribute('data-threshold-field')] = node.value.trim();
            });
            any = true;
        }
        return any ? plan : null;
    }

    function usedProjectIds(state) {
        const used = state.projects.map(function (p) {
            return p.projectId;
        });
        state.programs.forEach(function (program) {
            program.projects.forEach(function (p) {
                used.push(p.projectId);
            });
        });
        return used;
    }

    /** The chosen projects of one place (the portfolio or a program), each with its plan, and a picker to add one. */
    function projectList(container, entries, path, pickerClass, onAdd) {
        const list = container.appendChild(el('div', 'pmo-project-list'));
        list.setAttribute('data-list-path', path);
        entries.forEach(function (entry, index) {
            const row = list.appendChild(el('div', 'pmo-project-row'));
            row.setAttribute('data-project-id', String(entry.projectId));
            const head = row.appendChild(el('div', 'pmo-project-head'));
            head.appendChild(el('strong', 'pmo-project-label', projectLabel(entry.projectId)));
            head.appendChild(button(t('pmo.portfolio.admin.remove'), 'aui-button-link pmo-project-remove',
                function () {
                    collect();
                    entries.splice(index, 1);
                    renderEditor();
                }));
            planEditor(row, entry.plan, path + '[' + index + '].plan');
            row.setAttribute('data-path', path + '[' + index + '].projectId');
        });
        const used = usedProjectIds(editing);
        const add = container.appendChild(el('div', 'pmo-project-add'));
        const select = add.appendChild(el('select', 'select ' + pickerClass));
        select.appendChild(el('option', null, t('pmo.portfolio.admin.choose.project'))).value = '';
        catalog.projects.filter(function (p) {
            return used.indexOf(p.id) < 0;
        }).forEach(function (p) {
            const option = select.appendChild(el('option', null, p.key + ' \u2014 ' + p.name));
            option.value = String(p.id);
        });
        add.appendChild(button(t('pmo.portfolio.admin.add.project'), pickerClass + '-add', function () {
            if (select.value) {
                collect();
                onAdd(Number(select.value));
                renderEditor();
            }
        }));
    }

    function renderEditor() {
        const state = editing;
        const form = clear(byId('pmo-portfolio-editor'));
        form.hidden = false;
        form.appendChild(el('h2', null, state.id ? t('pmo.portfolio.admin.edit.title', state.name)
            : t('pmo.portfolio.admin.new.title')));
        form.appendChild(el('div', 'pmo-portfolio-errors')).id = 'pf-errors';
        form.appendChild(el('div', 'pmo-portfolio-conflict')).id = 'pf-conflict';

        field(form, t('pmo.portfolio.admin.name'), input('text', state.name, 'long-field', 'pf-name'), 'name');
        const description = el('textarea', 'textarea long-field');
        description.id = 'pf-description';
        description.value = state.description;
        field(form, t('pmo.portfolio.admin.description'), description, 'description');
        field(form, t('pmo.portfolio.admin.owner'), input('text', state.ownerKey, 'medium-field', 'pf-owner'),
            'ownerKey');
        field(form, t('pmo.portfolio.admin.colour'), input('color', state.colour, null, 'pf-colour'), 'colour');

        form.appendChild(el('h3', null, t('pmo.portfolio.admin.defaults')));
        planEditor(form, state.defaults, 'defaults').id = 'pf-defaults';

        form.appendChild(el('h3', null, t('pmo.portfolio.admin.categories')));
        const categories = form.appendChild(el('div', 'pmo-categories'));
        catalog.categories.forEach(function (category, index) {
            const label = categories.appendChild(el('label', 'pmo-category'));
            const check = label.appendChild(el('input'));
            check.type = 'checkbox';
            check.value = String(category.id);
            check.id = 'pf-category-' + category.id;
            check.checked = state.categoryIds.indexOf(category.id) >= 0;
            check.setAttribute('data-path', 'categoryIds[' + index + ']');
            label.appendChild(el('span', null, ' ' + category.name));
        });
        const joined = catalog.projects.filter(function (p) {
            return p.categoryId !== null && state.categoryIds.indexOf(p.categoryId) >= 0
                && usedProjectIds(state).indexOf(p.id) < 0;
        });
        if (joined.length) {
            form.appendChild(el('p', 'pmo-category-projects', t('pmo.portfolio.admin.by.category',
                joined.map(function (p) {
                    return p.key;
                }).join(', '))));
        }

        form.appendChild(el('h3', null, t('pmo.portfolio.admin.programs')));
        const programs = form.appendChild(el('div', 'pmo-programs'));
        state.programs.forEach(function (program, index) {
            const path = 'programs[' + index + ']';
            const box = programs.appendChild(el('fieldset', 'pmo-program'));
            box.setAttribute('data-program-index', String(index));
            const legend = box.appendChild(el('legend'));
            legend.appendChild(el('span', null, t('pmo.portfolio.admin.program', index + 1)));
            legend.appendChild(button(t('pmo.portfolio.admin.remove'), 'aui-button-link pmo-program-remove',
                function () {
                    collect();
                    state.programs.splice(index, 1);
                    renderEditor();
                }));
            field(box, t('pmo.portfolio.admin.name'), input('text', program.name, 'medium-field pf-program-name'),
                path + '.name');
            field(box, t('pmo.portfolio.admin.owner'),
                input('text', program.ownerKey, 'medium-field pf-program-owner'), path + '.ownerKey');
            field(box, t('pmo.portfolio.admin.description'),
                input('text', program.description, 'long-field pf-program-description'), path + '.description');
            box.appendChild(el('h4', null, t('pmo.portfolio.admin.defaults')));
            planEditor(box, program.defaults, path + '.defaults').classList.add('pf-program-defaults');
            box.appendChild(el('h4', null, t('pmo.portfolio.admin.projects')));
            projectList(box, program.projects, path + '.projects', 'pf-program-project-choice', function (id) {
                program.projects.push({projectId: id, plan: null});
            });
        });
        form.appendChild(button(t('pmo.portfolio.admin.add.program'), '', function () {
            collect();
            state.programs.push({id: null, name: '', description: '', ownerKey: '', defaults: null, projects: []});
            renderEditor();
        })).id = 'pf-add-program';

        form.appendChild(el('h3', null, t('pmo.portfolio.admin.direct.projects')));
        projectList(form, state.projects, 'projects', 'pf-project-choice', function (id) {
            state.projects.push({projectId: id, plan: null});
        });

        const buttons = form.appendChild(el('div', 'buttons-container')).appendChild(el('div', 'buttons'));
        const save = buttons.appendChild(el('button', 'aui-button aui-button-primary', t('pmo.portfolio.admin.save')));
        save.type = 'submit';
        save.id = 'pf-save';
        buttons.appendChild(button(t('pmo.portfolio.admin.cancel'), 'aui-button-link', closeEditor)).id = 'pf-cancel';
    }

    /** Reads the form back into the editor's state, so a re-render (adding a program, say) keeps what was typed. */
    function collect() {
        const state = editing;
        const form = byId('pmo-portfolio-editor');
        state.name = byId('pf-name').value;
        state.description = byId('pf-description').value;
        state.ownerKey = byId('pf-owner').value;
        state.colour = byId('pf-colour').value;
        state.defaults = readPlan(byId('pf-defaults'));
        state.categoryIds = Array.prototype.slice.call(form.querySelectorAll('.pmo-categories input:checked'))
            .map(function (node) {
                return Number(node.value);
            });
        form.querySelectorAll('.pmo-program').forEach(function (box) {
            const program = state.programs[Number(box.getAttribute('data-program-index'))];
            program.name = box.querySelector('.pf-program-name').value;
            program.ownerKey = box.querySelector('.pf-program-owner').value;
            program.description = box.querySelector('.pf-program-description').value;
            program.defaults = readPlan(box.querySelector('.pf-program-defaults'));
            readEntries(box, program.projects);
        });
        readEntries(form, state.projects, true);
    }

    function readEntries(container, entries, directOnly) {
        container.querySelectorAll('.pmo-project-row').forEach(function (row) {
            if (directOnly && row.closest('.pmo-program')) {
                return;
            }
            const id = Number(row.getAttribute('data-project-id'));
            const entry = entries.find(function (e) {
                return e.projectId === id;
            });
            if (entry) {
                entry.plan = readPlan(row.querySelector('.pmo-plan'));
            }
        });
    }

    function bodyOf(state) {
        function blank(text) {
            return text === '' ? null : text;
        }
        return {
            name: state.name, description: blank(state.description), ownerKey: blank(state.ownerKey),
            colour: state.colour, defaults: state.defaults,
            programs: state.programs.map(function (p) {
                return {id: p.id, name: p.name, description: blank(p.description), ownerKey: blank(p.ownerKey),
                    defaults: p.defaults, projects: p.projects};
            }),
            projects: state.projects, categoryIds: state.categoryIds, version: state.version
        };
    }

    function showErrors(errors) {
        const box = clear(byId('pf-errors'));
        const form = byId('pmo-portfolio-editor');
        form.querySelectorAll('.pmo-invalid').forEach(function (node) {
            node.classList.remove('pmo-invalid');
            node.removeAttribute('aria-invalid');
        });
        form.querySelectorAll('.pmo-field-error').forEach(function (node) {
            node.remove();
        });
        if (!errors.length) {
            return;
        }
        const message = box.appendChild(el('div', 'aui-message aui-message-error'));
        message.appendChild(el('p', 'title')).appendChild(el('strong', null, t('pmo.portfolio.admin.errors')));
        const list = message.appendChild(el('ul'));
        errors.forEach(function (error) {
            list.appendChild(el('li', 'pmo-error-line', error.field + ': ' + error.message));
            const target = form.querySelector('[data-path="' + CSS.escape(error.field) + '"]');
            if (target) {
                target.classList.add('pmo-invalid');
                target.setAttribute('aria-invalid', 'true');
                target.insertAdjacentElement('afterend', el('div', 'error pmo-field-error', error.message));
            }
        });
    }

    function showConflict(current) {
        const box = clear(byId('pf-conflict'));
        const message = box.appendChild(el('div', 'aui-message aui-message-warning'));
        message.appendChild(el('p', null, t('pmo.portfolio.admin.conflict', current ? current.updatedByName : '')));
        if (current) {
            message.appendChild(button(t('pmo.portfolio.admin.conflict.load'), '', function () {
                openEditor(current);
            })).id = 'pf-load-current';
        }
    }

    function save(event) {
        event.preventDefault();
        collect();
        const state = editing;
        const request = state.id ? api('PUT', 'portfolios/' + state.id, bodyOf(state))
            : api('POST', 'portfolios', bodyOf(state));
        request.then(function (result) {
            if (result.ok) {
                PMO.flag('success', t('pmo.portfolio.admin.saved', result.data.name));
                closeEditor();
                loadList();
            } else if (result.status === 400) {
                showErrors(result.fieldErrors);
            } else if (result.status === 409) {
                showErrors([]);
                showConflict(result.current);
                // The list is as stale as the form was: show what is stored now.
                loadList();
            }
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        const root = byId('pmo-portfolio-admin');
        if (!root) {
            return;
        }
        base = root.getAttribute('data-rest-url');
        contextPath = root.getAttribute('data-context-path');
        byId('pmo-portfolio-editor').addEventListener('submit', save);
        byId('pmo-portfolio-create').addEventListener('click', function () {
            openEditor(null);
        });
        api('GET', 'portfolio-catalog').then(function (result) {
            if (!result.ok) {
                byId('pmo-portfolio-loading').textContent = t('pmo.portfolio.admin.load.failed');
                return null;
            }
            catalog = result.data;
            return loadList();
        });
    });
}());
