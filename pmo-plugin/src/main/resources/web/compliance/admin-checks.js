/*
 * The check library as the standards editor shows it: a form per kind of check (Check.java in the core), the
 * condition builder for Condition rules (rows of field, operator and value; and/or groups nested up to
 * Rule.MAX_DEPTH), and one line of words per check for the standards list. The JSON of a check and a rule is
 * written and read here only (docs/rest.md, "Checks and rules"), so the rest of the page never looks inside one.
 */
(function () {
    'use strict';

    const STRINGS = {
        'pmo.compliance.admin.check.project-details': AJS.I18n.getText('pmo.compliance.admin.check.project-details'),
        'pmo.compliance.admin.check.issue-dates': AJS.I18n.getText('pmo.compliance.admin.check.issue-dates'),
        'pmo.compliance.admin.check.no-overdue': AJS.I18n.getText('pmo.compliance.admin.check.no-overdue'),
        'pmo.compliance.admin.check.field-set': AJS.I18n.getText('pmo.compliance.admin.check.field-set'),
        'pmo.compliance.admin.check.version-dates': AJS.I18n.getText('pmo.compliance.admin.check.version-dates'),
        'pmo.compliance.admin.check.no-stale-work': AJS.I18n.getText('pmo.compliance.admin.check.no-stale-work'),
        'pmo.compliance.admin.check.risk-review': AJS.I18n.getText('pmo.compliance.admin.check.risk-review'),
        'pmo.compliance.admin.check.risk-care': AJS.I18n.getText('pmo.compliance.admin.check.risk-care'),
        'pmo.compliance.admin.check.plan-baseline': AJS.I18n.getText('pmo.compliance.admin.check.plan-baseline'),
        'pmo.compliance.admin.check.evm-indices': AJS.I18n.getText('pmo.compliance.admin.check.evm-indices'),
        'pmo.compliance.admin.check.condition': AJS.I18n.getText('pmo.compliance.admin.check.condition'),
        'pmo.compliance.admin.check.jql': AJS.I18n.getText('pmo.compliance.admin.check.jql'),
        'pmo.compliance.admin.param.lead': AJS.I18n.getText('pmo.compliance.admin.param.lead'),
        'pmo.compliance.admin.param.description': AJS.I18n.getText('pmo.compliance.admin.param.description'),
        'pmo.compliance.admin.param.category': AJS.I18n.getText('pmo.compliance.admin.param.category'),
        'pmo.compliance.admin.param.issueTypeIds': AJS.I18n.getText('pmo.compliance.admin.param.issueTypeIds'),
        'pmo.compliance.admin.param.issueTypeIds.epics': AJS.I18n.getText('pmo.compliance.admin.param.issueTypeIds.epics'),
        'pmo.compliance.admin.param.issueTypeIds.all': AJS.I18n.getText('pmo.compliance.admin.param.issueTypeIds.all'),
        'pmo.compliance.admin.param.start': AJS.I18n.getText('pmo.compliance.admin.param.start'),
        'pmo.compliance.admin.param.due': AJS.I18n.getText('pmo.compliance.admin.param.due'),
        'pmo.compliance.admin.param.graceDays': AJS.I18n.getText('pmo.compliance.admin.param.graceDays'),
        'pmo.compliance.admin.param.field': AJS.I18n.getText('pmo.compliance.admin.param.field'),
        'pmo.compliance.admin.param.days': AJS.I18n.getText('pmo.compliance.admin.param.days'),
        'pmo.compliance.admin.param.minimum': AJS.I18n.getText('pmo.compliance.admin.param.minimum'),
        'pmo.compliance.admin.param.minSpi': AJS.I18n.getText('pmo.compliance.admin.param.minSpi'),
        'pmo.compliance.admin.param.minCpi': AJS.I18n.getText('pmo.compliance.admin.param.minCpi'),
        'pmo.compliance.admin.param.jql': AJS.I18n.getText('pmo.compliance.admin.param.jql'),
        'pmo.compliance.admin.param.jql.help': AJS.I18n.getText('pmo.compliance.admin.param.jql.help'),
        'pmo.compliance.admin.param.none': AJS.I18n.getText('pmo.compliance.admin.param.none'),
        'pmo.compliance.admin.summary.project-details': AJS.I18n.getText('pmo.compliance.admin.summary.project-details'),
        'pmo.compliance.admin.summary.issue-dates': AJS.I18n.getText('pmo.compliance.admin.summary.issue-dates'),
        'pmo.compliance.admin.summary.no-overdue': AJS.I18n.getText('pmo.compliance.admin.summary.no-overdue'),
        'pmo.compliance.admin.summary.field-set': AJS.I18n.getText('pmo.compliance.admin.summary.field-set'),
        'pmo.compliance.admin.summary.version-dates': AJS.I18n.getText('pmo.compliance.admin.summary.version-dates'),
        'pmo.compliance.admin.summary.no-stale-work': AJS.I18n.getText('pmo.compliance.admin.summary.no-stale-work'),
        'pmo.compliance.admin.summary.risk-review': AJS.I18n.getText('pmo.compliance.admin.summary.risk-review'),
        'pmo.compliance.admin.summary.risk-care': AJS.I18n.getText('pmo.compliance.admin.summary.risk-care'),
        'pmo.compliance.admin.summary.plan-baseline': AJS.I18n.getText('pmo.compliance.admin.summary.plan-baseline'),
        'pmo.compliance.admin.summary.evm-indices': AJS.I18n.getText('pmo.compliance.admin.summary.evm-indices'),
        'pmo.compliance.admin.summary.condition': AJS.I18n.getText('pmo.compliance.admin.summary.condition'),
        'pmo.compliance.admin.summary.jql': AJS.I18n.getText('pmo.compliance.admin.summary.jql'),
        'pmo.compliance.admin.summary.and': AJS.I18n.getText('pmo.compliance.admin.summary.and'),
        'pmo.compliance.admin.summary.or': AJS.I18n.getText('pmo.compliance.admin.summary.or'),
        'pmo.compliance.admin.summary.unset': AJS.I18n.getText('pmo.compliance.admin.summary.unset'),
        'pmo.compliance.admin.field.ISSUE_TYPE': AJS.I18n.getText('pmo.compliance.admin.field.ISSUE_TYPE'),
        'pmo.compliance.admin.field.HIERARCHY_LEVEL': AJS.I18n.getText('pmo.compliance.admin.field.HIERARCHY_LEVEL'),
        'pmo.compliance.admin.field.STATUS_CATEGORY': AJS.I18n.getText('pmo.compliance.admin.field.STATUS_CATEGORY'),
        'pmo.compliance.admin.field.ASSIGNEE': AJS.I18n.getText('pmo.compliance.admin.field.ASSIGNEE'),
        'pmo.compliance.admin.field.CREATED': AJS.I18n.getText('pmo.compliance.admin.field.CREATED'),
        'pmo.compliance.admin.field.UPDATED': AJS.I18n.getText('pmo.compliance.admin.field.UPDATED'),
        'pmo.compliance.admin.field.RESOLVED': AJS.I18n.getText('pmo.compliance.admin.field.RESOLVED'),
        'pmo.compliance.admin.field.START': AJS.I18n.getText('pmo.compliance.admin.field.START'),
        'pmo.compliance.admin.field.DUE': AJS.I18n.getText('pmo.compliance.admin.field.DUE'),
        'pmo.compliance.admin.field.STORY_POINTS': AJS.I18n.getText('pmo.compliance.admin.field.STORY_POINTS'),
        'pmo.compliance.admin.field.ORIGINAL_ESTIMATE': AJS.I18n.getText('pmo.compliance.admin.field.ORIGINAL_ESTIMATE'),
        'pmo.compliance.admin.field.REMAINING_ESTIMATE': AJS.I18n.getText('pmo.compliance.admin.field.REMAINING_ESTIMATE'),
        'pmo.compliance.admin.field.TIME_SPENT': AJS.I18n.getText('pmo.compliance.admin.field.TIME_SPENT'),
        'pmo.compliance.admin.field.ACTUAL_COST': AJS.I18n.getText('pmo.compliance.admin.field.ACTUAL_COST'),
        'pmo.compliance.admin.field.SECURITY_LEVEL': AJS.I18n.getText('pmo.compliance.admin.field.SECURITY_LEVEL'),
        'pmo.compliance.admin.operator.EQUALS': AJS.I18n.getText('pmo.compliance.admin.operator.EQUALS'),
        'pmo.compliance.admin.operator.NOT_EQUALS': AJS.I18n.getText('pmo.compliance.admin.operator.NOT_EQUALS'),
        'pmo.compliance.admin.operator.IN': AJS.I18n.getText('pmo.compliance.admin.operator.IN'),
        'pmo.compliance.admin.operator.NOT_IN': AJS.I18n.getText('pmo.compliance.admin.operator.NOT_IN'),
        'pmo.compliance.admin.operator.IS_EMPTY': AJS.I18n.getText('pmo.compliance.admin.operator.IS_EMPTY'),
        'pmo.compliance.admin.operator.IS_NOT_EMPTY': AJS.I18n.getText('pmo.compliance.admin.operator.IS_NOT_EMPTY'),
        'pmo.compliance.admin.operator.LESS_THAN': AJS.I18n.getText('pmo.compliance.admin.operator.LESS_THAN'),
        'pmo.compliance.admin.operator.GREATER_THAN': AJS.I18n.getText('pmo.compliance.admin.operator.GREATER_THAN'),
        'pmo.compliance.admin.value.ID': AJS.I18n.getText('pmo.compliance.admin.value.ID'),
        'pmo.compliance.admin.value.LIST': AJS.I18n.getText('pmo.compliance.admin.value.LIST'),
        'pmo.compliance.admin.value.DATE': AJS.I18n.getText('pmo.compliance.admin.value.DATE'),
        'pmo.compliance.admin.value.NUMBER': AJS.I18n.getText('pmo.compliance.admin.value.NUMBER'),
        'pmo.compliance.admin.rule.all': AJS.I18n.getText('pmo.compliance.admin.rule.all'),
        'pmo.compliance.admin.rule.any': AJS.I18n.getText('pmo.compliance.admin.rule.any'),
        'pmo.compliance.admin.rule.match': AJS.I18n.getText('pmo.compliance.admin.rule.match'),
        'pmo.compliance.admin.rule.add.clause': AJS.I18n.getText('pmo.compliance.admin.rule.add.clause'),
        'pmo.compliance.admin.rule.add.group': AJS.I18n.getText('pmo.compliance.admin.rule.add.group'),
        'pmo.compliance.admin.rule.remove': AJS.I18n.getText('pmo.compliance.admin.rule.remove'),
        'pmo.compliance.admin.rule.remove.group': AJS.I18n.getText('pmo.compliance.admin.rule.remove.group'),
        'pmo.compliance.admin.rule.field': AJS.I18n.getText('pmo.compliance.admin.rule.field'),
        'pmo.compliance.admin.rule.operator': AJS.I18n.getText('pmo.compliance.admin.rule.operator'),
        'pmo.compliance.admin.rule.value': AJS.I18n.getText('pmo.compliance.admin.rule.value'),
        'pmo.compliance.admin.rule.limit': AJS.I18n.getText('pmo.compliance.admin.rule.limit'),
        'pmo.compliance.admin.risk.LOW': AJS.I18n.getText('pmo.compliance.admin.risk.LOW'),
        'pmo.compliance.admin.risk.MEDIUM': AJS.I18n.getText('pmo.compliance.admin.risk.MEDIUM'),
        'pmo.compliance.admin.risk.HIGH': AJS.I18n.getText('pmo.compliance.admin.risk.HIGH'),
        'pmo.compliance.admin.risk.CRITICAL': AJS.I18n.getText('pmo.compliance.admin.risk.CRITICAL')
    };

    const PMO = window.PMO;
    const CA = PMO.complianceAdmin;
    const el = PMO.el;
    const t = CA.strings(STRINGS);

    // Rule.MAX_DEPTH and Rule.MAX_CLAUSES: the builder offers no more; the server refuses more anyway.
    const MAX_DEPTH = 4;
    const MAX_CLAUSES = 50;

    /** FactField and its kind, in the core's order. */
    const FIELDS = [
        ['issue-type', 'ID'], ['hierarchy-level', 'ID'], ['status-category', 'ID'], ['assignee', 'ID'],
        ['created', 'DATE'], ['updated', 'DATE'], ['resolved', 'DATE'], ['start', 'DATE'], ['due', 'DATE'],
        ['story-points', 'NUMBER'], ['original-estimate', 'NUMBER'], ['remaining-estimate', 'NUMBER'],
        ['time-spent', 'NUMBER'], ['actual-cost', 'NUMBER'], ['security-level', 'ID']
    ];
    /** Which RuleOperators apply to which kind of field (RuleOperator's javadoc). */
    const OPERATORS = {
        ID: ['equals', 'not-equals', 'in', 'not-in', 'is-empty', 'is-not-empty'],
        DATE: ['equals', 'not-equals', 'less-than', 'greater-than', 'is-empty', 'is-not-empty'],
        NUMBER: ['equals', 'not-equals', 'less-than', 'greater-than', 'is-empty', 'is-not-empty']
    };
    const SYMBOLS = {'equals': '=', 'not-equals': '\u2260', 'in': 'in', 'not-in': 'not in', 'is-empty': 'is empty',
        'is-not-empty': 'is not empty', 'less-than': '<', 'greater-than': '>'};
    // Suggested values for the fields whose values are a small fixed set (FactField's javadoc).
    const SUGGESTIONS = {
        'status-category': ['TODO', 'IN_PROGRESS', 'DONE'],
        'hierarchy-level': ['sub-task', 'standard', 'epic']
    };
    const RISK_SEVERITIES = ['low', 'medium', 'high', 'critical'];

    /**
     * The check library (Check.java): each kind's parameters, their form control and a new check's defaults.
     * Parameter kinds: bool, int, decimal, ids (issue type ids, comma separated), field, risk, rule, jql.
     */
    const KINDS = [
        {type: 'project-details', params: [['lead', 'bool'], ['description', 'bool'], ['category', 'bool']],
            defaults: {lead: true, description: true, category: true}},
        {type: 'issue-dates', params: [['issueTypeIds', 'ids', 'epics'], ['start', 'bool'], ['due', 'bool']],
            defaults: {issueTypeIds: [], start: true, due: true}},
        {type: 'no-overdue', params: [['graceDays', 'int']], defaults: {graceDays: 7}},
        {type: 'field-set', params: [['issueTypeIds', 'ids', 'all'], ['field', 'field']],
            defaults: {issueTypeIds: [], field: 'due'}},
        {type: 'version-dates', params: [], defaults: {}},
        {type: 'no-stale-work', params: [['days', 'int']], defaults: {days: 14}},
        {type: 'risk-review', params: [['days', 'int']], defaults: {days: 30}},
        {type: 'risk-care', params: [['minimum', 'risk']], defaults: {minimum: 'high'}},
        {type: 'plan-baseline', params: [], defaults: {}},
        {type: 'evm-indices', params: [['minSpi', 'decimal'], ['minCpi', 'decimal']],
            defaults: {minSpi: '0.90', minCpi: '0.90'}},
        {type: 'condition', params: [['rule', 'rule']], defaults: null},
        {type: 'jql', params: [['jql', 'jql']], defaults: {jql: ''}}
    ];

    function kindOf(type) {
        return KINDS.find(function (kind) {
            return kind.type === type;
        });
    }

    function fieldKind(field) {
        const found = FIELDS.find(function (entry) {
            return entry[0] === field;
        });
        return found ? found[1] : 'ID';
    }

    /** The API writes enumerations hyphenated in lower case; the i18n keys name them as the core does. */
    function enumKey(value) {
        return String(value).toUpperCase().replace(/-/g, '_');
    }

    function isEmptyOperator(operator) {
        return operator === 'is-empty' || operator === 'is-not-empty';
    }

    function fieldLabel(field) {
        return t('pmo.compliance.admin.field.' + enumKey(field));
    }

    /* ------------------------------------------------------------------ rules: JSON */

    function newClause() {
        return {type: 'clause', field: 'due', operator: 'less-than', value: '-7d'};
    }

    /**
     * A rule from its JSON ({type: all|any, parts} or {type: clause, field, operator, value}) as the builder's
     * model; a lone clause at the top becomes a group of one, so the builder always has a group to add to.
     */
    function ruleFromJson(json, top) {
        if (json && (json.type === 'all' || json.type === 'any') && Array.isArray(json.parts)) {
            return {type: json.type, parts: json.parts.map(function (part) {
                return ruleFromJson(part, false);
            })};
        }
        const clause = {type: 'clause', field: json && json.field ? String(json.field).toLowerCase() : 'due',
            operator: json && json.operator ? String(json.operator).toLowerCase() : 'equals',
            value: json && json.value !== undefined && json.value !== null ? String(json.value) : ''};
        return top ? {type: 'all', parts: [clause]} : clause;
    }

    function ruleToJson(rule) {
        if (rule.type === 'clause') {
            return {type: 'clause', field: rule.field, operator: rule.operator,
                value: isEmptyOperator(rule.operator) ? null : rule.value};
        }
        return {type: rule.type, parts: rule.parts.map(ruleToJson)};
    }

    function countClauses(rule) {
        return rule.type === 'clause' ? 1 : rule.parts.reduce(function (sum, part) {
            return sum + countClauses(part);
        }, 0);
    }

    /* ------------------------------------------------------------------ rules: builder */

    /**
     * The condition builder over a rule model, drawn into container. onChange() is called after every edit (for
     * the live preview and the dirty check). Each control carries the path a 400 names it by:
     * check.rule.parts[1].value.
     */
    function conditionBuilder(container, model, onChange) {
        const root = container.appendChild(el('div', 'pmo-cpl-rule'));
        root.id = 'cpl-rule';

        function render() {
            CA.clear(root);
            const total = countClauses(model);
            root.appendChild(group(model, 'check.rule', 1, null, total));
            if (total >= MAX_CLAUSES) {
                root.appendChild(el('p', 'description', t('pmo.compliance.admin.rule.limit', MAX_CLAUSES)));
            }
        }

        function changed(structural) {
            if (structural) {
                const focusPath = document.activeElement && document.activeElement.getAttribute
                    ? document.activeElement.getAttribute('data-path') : null;
                render();
                if (focusPath) {
                    const again = root.querySelector('[data-path="' + CSS.escape(focusPath) + '"]');
                    if (again) {
                        again.focus();
                    }
                }
            }
            onChange();
        }

        function group(node, path, depth, remove, total) {
            const box = el('fieldset', 'pmo-cpl-group');
            box.setAttribute('data-path', path);
            box.setAttribute('data-depth', String(depth));
            const head = box.appendChild(el('div', 'pmo-cpl-group-head'));
            const matchId = 'cpl-match-' + path.replace(/[^a-zA-Z0-9]+/g, '-');
            const caption = head.appendChild(el('label', null, t('pmo.compliance.admin.rule.match')));
            caption.htmlFor = matchId;
            const match = head.appendChild(CA.select([['all', t('pmo.compliance.admin.rule.all')],
                ['any', t('pmo.compliance.admin.rule.any')]], node.type, 'pmo-cpl-match'));
            match.id = matchId;
            match.setAttribute('data-path', path + '.type');
            match.addEventListener('change', function () {
                node.type = match.value;
                box.classList.toggle('pmo-cpl-group-any', node.type === 'any');
                changed(false);
            });
            box.classList.toggle('pmo-cpl-group-any', node.type === 'any');
            if (remove) {
                head.appendChild(CA.button(t('pmo.compliance.admin.rule.remove.group'),
                    'aui-button-link pmo-cpl-remove-group', remove));
            }
            const rows = box.appendChild(el('ol', 'pmo-cpl-parts'));
            node.parts.forEach(function (part, index) {
                const partPath = path + '.parts[' + index + ']';
                const item = rows.appendChild(el('li', 'pmo-cpl-part'));
                const removePart = function () {
                    node.parts.splice(index, 1);
                    changed(true);
                };
                if (part.type === 'clause') {
                    item.appendChild(clause(part, partPath, removePart));
                } else {
                    item.appendChild(group(part, partPath, depth + 1, removePart, total));
                }
            });
            const actions = box.appendChild(el('div', 'pmo-cpl-group-actions'));
            const addClause = actions.appendChild(CA.button(t('pmo.compliance.admin.rule.add.clause'),
                'pmo-cpl-add-clause', function () {
                    node.parts.push(newClause());
                    changed(true);
                    focusLast(box, '.pmo-cpl-field');
                }));
            addClause.disabled = total >= MAX_CLAUSES;
            if (depth < MAX_DEPTH) {
                const addGroup = actions.appendChild(CA.button(t('pmo.compliance.admin.rule.add.group'),
                    'pmo-cpl-add-group', function () {
                        node.parts.push({type: node.type === 'all' ? 'any' : 'all', parts: [newClause()]});
                        changed(true);
                        focusLast(box, '.pmo-cpl-match');
                    }));
                addGroup.disabled = total >= MAX_CLAUSES;
            }
            return box;
        }

        function focusLast(box, selector) {
            const path = box.getAttribute('data-path');
            const again = root.querySelector('[data-path="' + CSS.escape(path) + '"]');
            const found = again ? again.querySelectorAll(selector) : [];
            if (found.length) {
                found[found.length - 1].focus();
            }
        }

        function clause(part, path, remove) {
            const row = el('div', 'pmo-cpl-clause');
            row.setAttribute('data-path', path);
            const field = row.appendChild(CA.select(FIELDS.map(function (entry) {
                return [entry[0], fieldLabel(entry[0])];
            }), part.field, 'pmo-cpl-field'));
            field.setAttribute('data-path', path + '.field');
            field.setAttribute('aria-label', t('pmo.compliance.admin.rule.field'));
            const operators = OPERATORS[fieldKind(part.field)];
            const operator = row.appendChild(CA.select(operators.map(function (op) {
                return [op, t('pmo.compliance.admin.operator.' + enumKey(op))];
            }), part.operator, 'pmo-cpl-operator'));
            operator.setAttribute('data-path', path + '.operator');
            operator.setAttribute('aria-label', t('pmo.compliance.admin.rule.operator'));
            if (operators.indexOf(part.operator) < 0) {
                part.operator = operators[0];
                operator.value = part.operator;
            }
            const value = row.appendChild(CA.input('text', part.value, 'pmo-cpl-value'));
            value.setAttribute('data-path', path + '.value');
            value.setAttribute('aria-label', t('pmo.compliance.admin.rule.value'));
            value.maxLength = 500;
            const suggestions = SUGGESTIONS[part.field];
            if (suggestions) {
                const list = row.appendChild(el('datalist'));
                list.id = 'cpl-values-' + path.replace(/[^a-zA-Z0-9]+/g, '-');
                suggestions.forEach(function (suggestion) {
                    list.appendChild(el('option')).value = suggestion;
                });
                value.setAttribute('list', list.id);
            }
            function describeValue() {
                value.hidden = isEmptyOperator(part.operator);
                const kind = fieldKind(part.field);
                value.placeholder = t('pmo.compliance.admin.value.' + (kind === 'ID'
                    && (part.operator === 'in' || part.operator === 'not-in') ? 'LIST' : kind));
            }
            describeValue();
            field.addEventListener('change', function () {
                const before = fieldKind(part.field);
                part.field = field.value;
                if (fieldKind(part.field) !== before) {
                    // Operators and values of another kind of field do not carry over.
                    part.operator = OPERATORS[fieldKind(part.field)][0];
                    part.value = '';
                }
                changed(true);
            });
            operator.addEventListener('change', function () {
                part.operator = operator.value;
                describeValue();
                changed(false);
            });
            value.addEventListener('input', function () {
                part.value = value.value;
                changed(false);
            });
            row.appendChild(CA.button(t('pmo.compliance.admin.rule.remove'), 'aui-button-link pmo-cpl-remove-clause',
                remove));
            return row;
        }

        render();
        return {
            rule: function () {
                return ruleToJson(model);
            }
        };
    }

    /* ------------------------------------------------------------------ check forms */

    function issueTypeText(ids) {
        return (ids || []).join(', ');
    }

    function issueTypeIds(text) {
        return text.split(/[\s,;]+/).filter(function (id) {
            return id !== '';
        });
    }

    /** An integer as typed: a number when it is one, else the text, so the server says what it expects. */
    function integer(text) {
        const trimmed = text.trim();
        if (trimmed === '') {
            return null;
        }
        return /^-?[0-9]{1,9}$/.test(trimmed) ? Number(trimmed) : trimmed;
    }

    /**
     * The parameters of one kind of check drawn into container, filled from check (or the kind's defaults).
     * Answers {read() -> the check's JSON}. onChange() is called after every edit.
     */
    function checkForm(container, type, check, onChange) {
        const kind = kindOf(type);
        const values = check && check.type === type ? check : (kind.defaults || {});
        const readers = [];
        if (!kind.params.length) {
            container.appendChild(el('p', 'description pmo-cpl-no-params', t('pmo.compliance.admin.param.none')));
        }
        kind.params.forEach(function (param) {
            const name = param[0];
            const path = 'check.' + name;
            const id = 'cpl-check-' + name;
            const label = t('pmo.compliance.admin.param.' + name);
            let control;
            switch (param[1]) {
                case 'bool':
                    control = CA.checkboxField(container, label, values[name], id, path);
                    readers.push(function (json) {
                        json[name] = control.checked;
                    });
                    break;
                case 'int':
                    control = CA.input('number', values[name], 'short-field');
                    control.id = id;
                    control.min = '0';
                    CA.field(container, label, control, path);
                    readers.push(function (json) {
                        json[name] = integer(control.value);
                    });
                    break;
                case 'decimal':
                    control = CA.input('text', values[name], 'short-field');
                    control.id = id;
                    control.inputMode = 'decimal';
                    CA.field(container, label, control, path);
                    readers.push(function (json) {
                        json[name] = control.value.trim() === '' ? null : control.value.trim();
                    });
                    break;
                case 'ids':
                    control = CA.input('text', issueTypeText(values[name]), 'medium-field');
                    control.id = id;
                    control.placeholder = t('pmo.compliance.admin.param.issueTypeIds.' + param[2]);
                    CA.field(container, label, control, path,
                        t('pmo.compliance.admin.param.issueTypeIds.' + param[2]));
                    readers.push(function (json) {
                        json[name] = issueTypeIds(control.value);
                    });
                    break;
                case 'field':
                    control = CA.select(FIELDS.map(function (entry) {
                        return [entry[0], fieldLabel(entry[0])];
                    }), values[name]);
                    control.id = id;
                    CA.field(container, label, control, path);
                    readers.push(function (json) {
                        json[name] = control.value;
                    });
                    break;
                case 'risk':
                    control = CA.select(RISK_SEVERITIES.map(function (severity) {
                        return [severity, t('pmo.compliance.admin.risk.' + enumKey(severity))];
                    }), values[name] ? String(values[name]).toLowerCase() : null);
                    control.id = id;
                    CA.field(container, label, control, path);
                    readers.push(function (json) {
                        json[name] = control.value;
                    });
                    break;
                case 'jql':
                    control = el('textarea', 'textarea long-field pmo-cpl-jql');
                    control.id = id;
                    control.rows = 4;
                    control.maxLength = 2000;
                    control.value = values[name] || '';
                    control.spellcheck = false;
                    CA.field(container, label, control, path, t('pmo.compliance.admin.param.jql.help'));
                    readers.push(function (json) {
                        json[name] = control.value;
                    });
                    break;
                case 'rule': {
                    const model = ruleFromJson(values.rule || {type: 'all', parts: [newClause()]}, true);
                    const builder = conditionBuilder(container, model, onChange);
                    readers.push(function (json) {
                        json.rule = builder.rule();
                    });
                    break;
                }
                default:
                    break;
            }
        });
        return {
            read: function () {
                const json = {type: type};
                readers.forEach(function (reader) {
                    reader(json);
                });
                return json;
            }
        };
    }

    /* ------------------------------------------------------------------ words */

    function ruleSummary(rule, top) {
        if (!rule) {
            return '';
        }
        if (rule.type === 'all' || rule.type === 'any') {
            const joined = (rule.parts || []).map(function (part) {
                return ruleSummary(part, false);
            }).join(' ' + t(rule.type === 'all' ? 'pmo.compliance.admin.summary.and'
                : 'pmo.compliance.admin.summary.or') + ' ');
            return top || (rule.parts || []).length < 2 ? joined : '(' + joined + ')';
        }
        const value = isEmptyOperator(rule.operator) ? '' : ' ' + rule.value;
        return fieldLabel(rule.field) + ' ' + (SYMBOLS[rule.operator] || rule.operator) + value;
    }

    /** One line for the standards list: what the check asks, with its parameters. */
    function summary(check) {
        if (!check || !kindOf(check.type)) {
            return '';
        }
        const yes = function (name) {
            return check[name] ? t('pmo.compliance.admin.param.' + name) : null;
        };
        switch (check.type) {
            case 'project-details':
                return t('pmo.compliance.admin.summary.project-details',
                    [yes('lead'), yes('description'), yes('category')].filter(Boolean).join(', '));
            case 'issue-dates':
                return t('pmo.compliance.admin.summary.issue-dates', [yes('start'), yes('due')].filter(Boolean)
                    .join(', '), (check.issueTypeIds || []).length ? issueTypeText(check.issueTypeIds)
                    : t('pmo.compliance.admin.param.issueTypeIds.epics'));
            case 'no-overdue':
                return t('pmo.compliance.admin.summary.no-overdue', check.graceDays);
            case 'field-set':
                return t('pmo.compliance.admin.summary.field-set', fieldLabel(check.field),
                    (check.issueTypeIds || []).length ? issueTypeText(check.issueTypeIds)
                        : t('pmo.compliance.admin.param.issueTypeIds.all'));
            case 'no-stale-work':
                return t('pmo.compliance.admin.summary.no-stale-work', check.days);
            case 'risk-review':
                return t('pmo.compliance.admin.summary.risk-review', check.days);
            case 'risk-care':
                return t('pmo.compliance.admin.summary.risk-care',
                    t('pmo.compliance.admin.risk.' + enumKey(check.minimum)));
            case 'evm-indices':
                return t('pmo.compliance.admin.summary.evm-indices',
                    check.minSpi === null || check.minSpi === undefined ? t('pmo.compliance.admin.summary.unset')
                        : check.minSpi,
                    check.minCpi === null || check.minCpi === undefined ? t('pmo.compliance.admin.summary.unset')
                        : check.minCpi);
            case 'condition':
                return t('pmo.compliance.admin.summary.condition', ruleSummary(check.rule, true));
            case 'jql':
                return t('pmo.compliance.admin.summary.jql', check.jql);
            default:
                return t('pmo.compliance.admin.summary.' + check.type);
        }
    }

    CA.checks = {
        types: KINDS.map(function (kind) {
            return kind.type;
        }),
        label: function (type) {
            return kindOf(type) ? t('pmo.compliance.admin.check.' + type) : type;
        },
        form: checkForm,
        summary: summary
    };
}());
