/*
 * The project's Compliance page (web panel project-compliance-page): the latest scan from
 * GET /projects/{key}/compliance — score and RAG, violations grouped by standard with their offenders (issue keys
 * link to the issues), the passed standards folded — and the project's waivers (GET …/compliance/waivers). Those
 * allowed scan on demand (POST …/compliance/scan, ?dryRun=true shows a preview that records nothing) and ask for a
 * waiver in a dialog (POST …/compliance/waivers); a requester or PMO admin withdraws one. A table cell of the
 * portfolio page opens this page at #pmo-compliance-standard-<id>. Server text goes in with textContent only.
 */
(function (window, document) {
    'use strict';

    const STRINGS = {
        'pmo.compliance.loading': AJS.I18n.getText('pmo.compliance.loading'),
        'pmo.compliance.project.unavailable': AJS.I18n.getText('pmo.compliance.project.unavailable'),
        'pmo.compliance.project.error': AJS.I18n.getText('pmo.compliance.project.error'),
        'pmo.compliance.project.scanned': AJS.I18n.getText('pmo.compliance.project.scanned'),
        'pmo.compliance.project.weights': AJS.I18n.getText('pmo.compliance.project.weights'),
        'pmo.compliance.project.never': AJS.I18n.getText('pmo.compliance.project.never'),
        'pmo.compliance.project.never.act': AJS.I18n.getText('pmo.compliance.project.never.act'),
        'pmo.compliance.project.no.standards': AJS.I18n.getText('pmo.compliance.project.no.standards'),
        'pmo.compliance.project.violations': AJS.I18n.getText('pmo.compliance.project.violations'),
        'pmo.compliance.project.no.violations': AJS.I18n.getText('pmo.compliance.project.no.violations'),
        'pmo.compliance.project.passed': AJS.I18n.getText('pmo.compliance.project.passed'),
        'pmo.compliance.project.rationale': AJS.I18n.getText('pmo.compliance.project.rationale'),
        'pmo.compliance.project.navigator': AJS.I18n.getText('pmo.compliance.project.navigator'),
        'pmo.compliance.project.offenders': AJS.I18n.getText('pmo.compliance.project.offenders'),
        'pmo.compliance.project.offenders.one': AJS.I18n.getText('pmo.compliance.project.offenders.one'),
        'pmo.compliance.project.more': AJS.I18n.getText('pmo.compliance.project.more'),
        'pmo.compliance.project.waived': AJS.I18n.getText('pmo.compliance.project.waived'),
        'pmo.compliance.project.waived.until': AJS.I18n.getText('pmo.compliance.project.waived.until'),
        'pmo.compliance.project.first.seen': AJS.I18n.getText('pmo.compliance.project.first.seen'),
        'pmo.compliance.project.preview.banner': AJS.I18n.getText('pmo.compliance.project.preview.banner'),
        'pmo.compliance.project.preview.back': AJS.I18n.getText('pmo.compliance.project.preview.back'),
        'pmo.compliance.project.scanned.flag': AJS.I18n.getText('pmo.compliance.project.scanned.flag'),
        'pmo.compliance.waiver.request': AJS.I18n.getText('pmo.compliance.waiver.request'),
        'pmo.compliance.waiver.request.for': AJS.I18n.getText('pmo.compliance.waiver.request.for'),
        'pmo.compliance.waiver.no.standards': AJS.I18n.getText('pmo.compliance.waiver.no.standards'),
        'pmo.compliance.waiver.choose': AJS.I18n.getText('pmo.compliance.waiver.choose'),
        'pmo.compliance.waiver.requested.flag': AJS.I18n.getText('pmo.compliance.waiver.requested.flag'),
        'pmo.compliance.waiver.withdrawn.flag': AJS.I18n.getText('pmo.compliance.waiver.withdrawn.flag'),
        'pmo.compliance.waiver.withdraw': AJS.I18n.getText('pmo.compliance.waiver.withdraw'),
        'pmo.compliance.waiver.withdraw.label': AJS.I18n.getText('pmo.compliance.waiver.withdraw.label'),
        'pmo.compliance.waiver.error.fields': AJS.I18n.getText('pmo.compliance.waiver.error.fields'),
        'pmo.compliance.waivers.none': AJS.I18n.getText('pmo.compliance.waivers.none'),
        'pmo.compliance.waivers.error': AJS.I18n.getText('pmo.compliance.waivers.error'),
        'pmo.compliance.waivers.column.standard': AJS.I18n.getText('pmo.compliance.waivers.column.standard'),
        'pmo.compliance.waivers.column.issues': AJS.I18n.getText('pmo.compliance.waivers.column.issues'),
        'pmo.compliance.waivers.column.justification': AJS.I18n.getText('pmo.compliance.waivers.column.justification'),
        'pmo.compliance.waivers.column.expires': AJS.I18n.getText('pmo.compliance.waivers.column.expires'),
        'pmo.compliance.waivers.column.status': AJS.I18n.getText('pmo.compliance.waivers.column.status'),
        'pmo.compliance.waivers.column.requested': AJS.I18n.getText('pmo.compliance.waivers.column.requested'),
        'pmo.compliance.waivers.column.decision': AJS.I18n.getText('pmo.compliance.waivers.column.decision'),
        'pmo.compliance.waivers.column.actions': AJS.I18n.getText('pmo.compliance.waivers.column.actions'),
        'pmo.compliance.waivers.whole.project': AJS.I18n.getText('pmo.compliance.waivers.whole.project'),
        'pmo.compliance.waiver.status.requested': AJS.I18n.getText('pmo.compliance.waiver.status.requested'),
        'pmo.compliance.waiver.status.approved': AJS.I18n.getText('pmo.compliance.waiver.status.approved'),
        'pmo.compliance.waiver.status.expired': AJS.I18n.getText('pmo.compliance.waiver.status.expired'),
        'pmo.compliance.waiver.status.rejected': AJS.I18n.getText('pmo.compliance.waiver.status.rejected'),
        'pmo.compliance.waiver.status.withdrawn': AJS.I18n.getText('pmo.compliance.waiver.status.withdrawn')
    };
    const WAIVER_STATUS = {
        requested: {key: 'pmo.compliance.waiver.status.requested', lozenge: 'aui-lozenge-current'},
        approved: {key: 'pmo.compliance.waiver.status.approved', lozenge: 'aui-lozenge-success'},
        expired: {key: 'pmo.compliance.waiver.status.expired', lozenge: ''},
        rejected: {key: 'pmo.compliance.waiver.status.rejected', lozenge: 'aui-lozenge-error'},
        withdrawn: {key: 'pmo.compliance.waiver.status.withdrawn', lozenge: 'aui-lozenge-subtle'}
    };
    const ISSUE_KEY = /^[A-Za-z][A-Za-z0-9_]*-[0-9]{1,18}$/;
    const RISK_REFERENCE = /^RISK-([1-9][0-9]{0,17})$/;
    const WAIVER_ID = /^[1-9][0-9]{0,17}$/;
    const ANCHOR = 'pmo-compliance-standard-';
    const PMO = window.PMO;
    const el = PMO.el;
    const view = PMO.complianceView;

    function t(key) {
        return PMO.format.apply(null, [STRINGS].concat(Array.prototype.slice.call(arguments)));
    }

    function byId(id) {
        return document.getElementById(id);
    }

    function message(node, type, state, text) {
        return PMO.stateMessage(node, 'pmo-compliance-state', type, state, text);
    }

    const list = PMO.objects;

    /** A date the server sent as YYYY-MM-DD, or an instant, in the reader's format. */
    function when(value) {
        const text = view.text(value);
        return /^\d{4}-\d{2}-\d{2}$/.test(text) ? PMO.formatDate(text) : PMO.formatInstant(text);
    }

    function timeElement(value) {
        const time = el('time', null, when(value));
        time.setAttribute('datetime', view.text(value));
        return time;
    }

    function start(root) {
        const rest = root.getAttribute('data-rest-base');
        const contextPath = root.getAttribute('data-context-path') || '';
        const key = root.getAttribute('data-project-key');
        const canAct = root.getAttribute('data-can-act') === 'true';
        const pmoAdmin = root.getAttribute('data-pmo-admin') === 'true';
        const me = root.getAttribute('data-current-user-key') || '';
        const riskRegisterItem = root.getAttribute('data-risk-register-item') || '';
        const project = rest + 'projects/' + encodeURIComponent(key) + '/compliance';
        const resultNode = byId('pmo-compliance-result');
        const waiversNode = byId('pmo-waivers');
        let recorded = null;
        let waivers = [];
        let anchored = false;

        function get(path) {
            return PMO.rest('GET', path, undefined, {flag: false, contextPath: contextPath});
        }

        function loadAll() {
            root.setAttribute('data-pmo-state', 'loading');
            resultNode.setAttribute('aria-busy', 'true');
            return Promise.all([get(project), get(project + '/waivers')]).then(function (answers) {
                const result = answers[0];
                const waiverAnswer = answers[1];
                waivers = waiverAnswer.ok ? list(waiverAnswer.data) : [];
                drawWaivers(waiverAnswer);
                if (!result.ok || !result.data || typeof result.data !== 'object') {
                    recorded = null;
                    resultNode.replaceChildren();
                    resultNode.setAttribute('aria-busy', 'false');
                    const hidden = result.status === 404 || result.status === 403;
                    message(resultNode, hidden ? 'warning' : 'error', hidden ? 'unavailable' : 'error', hidden
                        ? t('pmo.compliance.project.unavailable')
                        : t('pmo.compliance.project.error') + ' '
                        + PMO.describeFailure(result, null, contextPath).text);
                    root.setAttribute('data-pmo-state', hidden ? 'unavailable' : 'error');
                    return;
                }
                recorded = result.data;
                drawResult(recorded, false);
            });
        }

        /* ------------------------------------------------------------------ the result */

        function waiverById(id) {
            return waivers.find(function (waiver) {
                return String(waiver.id) === String(id);
            }) || null;
        }

        function drawResult(result, preview) {
            resultNode.replaceChildren();
            resultNode.setAttribute('aria-busy', 'false');
            resultNode.setAttribute('data-preview', String(preview));
            if (preview) {
                const banner = message(resultNode, 'info', 'preview', t('pmo.compliance.project.preview.banner'));
                banner.classList.add('pmo-compliance-preview-banner');
                const back = banner.appendChild(el('p')).appendChild(el('button', 'aui-button aui-button-link '
                    + 'pmo-compliance-preview-back', t('pmo.compliance.project.preview.back')));
                back.type = 'button';
                back.addEventListener('click', function () {
                    if (recorded) {
                        drawResult(recorded, false);
                    } else {
                        loadAll();
                    }
                });
            }
            const violations = list(result.violations).slice().sort(view.bySeverityThenName(function (v) {
                return v.standard;
            }));
            // Passed standards and those left out of the score (not applicable, or could not be checked).
            const passed = list(result.passed).concat(list(result.notScored)).sort(view.bySeverityThenName(
                function (p) {
                    return p.standard;
                }));
            const scanned = typeof result.scannedAt === 'string' && result.scannedAt !== '';

            const head = resultNode.appendChild(el('div', 'pmo-compliance-head'));
            head.appendChild(view.scoreChip(result.score, result.rag));
            if (scanned) {
                const at = head.appendChild(el('span', 'pmo-compliance-scanned'));
                at.appendChild(document.createTextNode(t('pmo.compliance.project.scanned') + ' '));
                at.appendChild(timeElement(result.scannedAt));
            }
            if (typeof result.scoredWeight === 'number' && result.scoredWeight > 0) {
                head.appendChild(el('span', 'pmo-compliance-weights', t('pmo.compliance.project.weights',
                    view.count(result.passedWeight), view.count(result.scoredWeight))));
            }

            let state = preview ? 'preview' : 'ready';
            if (!scanned && !preview) {
                message(resultNode, 'info', 'never-scanned', canAct ? t('pmo.compliance.project.never.act')
                    : t('pmo.compliance.project.never'));
                state = 'never-scanned';
            } else if (violations.length === 0 && passed.length === 0) {
                // Scanned, but no standard set reaches this project.
                message(resultNode, 'info', 'no-standards', t('pmo.compliance.project.no.standards'));
                state = preview ? 'preview' : 'no-standards';
            } else {
                drawViolations(violations);
                drawPassed(passed);
            }
            root.setAttribute('data-pmo-state', state);
            if (!preview) {
                goToAnchor();
            }
        }

        function drawViolations(violations) {
            const heading = resultNode.appendChild(el('h2', 'pmo-section-heading pmo-compliance-violations-heading',
                t('pmo.compliance.project.violations', violations.length)));
            heading.id = 'pmo-compliance-violations-heading';
            if (violations.length === 0) {
                message(resultNode, 'success', 'no-violations', t('pmo.compliance.project.no.violations'));
                return;
            }
            const container = resultNode.appendChild(el('div', 'pmo-compliance-violations'));
            violations.forEach(function (violation) {
                container.appendChild(violationCard(violation));
            });
        }

        function violationCard(violation) {
            const standard = violation.standard || {};
            const outcome = view.outcomeOf(violation.outcome);
            const card = el('section', 'pmo-compliance-violation');
            card.id = ANCHOR + view.text(standard.id);
            card.setAttribute('data-standard-id', view.text(standard.id));
            card.setAttribute('data-outcome', outcome);
            card.setAttribute('tabindex', '-1');
            const header = card.appendChild(el('div', 'pmo-compliance-violation-head'));
            header.appendChild(view.severityLozenge(standard.severity));
            const name = header.appendChild(el('h3', 'pmo-compliance-standard-name', view.text(standard.name)));
            name.id = card.id + '-name';
            card.setAttribute('aria-labelledby', name.id);
            const outcomeLozenge = header.appendChild(el('span', 'aui-lozenge aui-lozenge-subtle '
                + 'pmo-compliance-outcome pmo-compliance-outcome-' + outcome, view.outcomeText(violation.outcome)));
            outcomeLozenge.setAttribute('data-outcome', outcome);

            if (view.text(standard.rationale)) {
                const why = card.appendChild(el('details', 'pmo-compliance-rationale'));
                why.appendChild(el('summary', null, t('pmo.compliance.project.rationale')));
                why.appendChild(el('p', null, standard.rationale));
            }
            if (view.text(violation.detail)) {
                card.appendChild(el('p', 'pmo-compliance-detail', violation.detail));
            }
            const total = view.count(violation.total);
            const kind = view.text(violation.offenderKind).toUpperCase();
            // Issue offenders come as issueKeys (only those the reader may see), versions and risks as offenders.
            const named = kind === 'ISSUE' ? violation.issueKeys : violation.offenders;
            const offenders = Array.isArray(named) ? named.filter(function (k) {
                return typeof k === 'string';
            }) : [];
            if (kind !== 'PROJECT' && (total > 0 || offenders.length > 0)) {
                const line = card.appendChild(el('div', 'pmo-compliance-offenders'));
                line.setAttribute('data-total', String(total));
                line.appendChild(el('span', 'pmo-compliance-offender-count', total === 1
                    ? t('pmo.compliance.project.offenders.one') : t('pmo.compliance.project.offenders', total)));
                const keys = line.appendChild(el('ul', 'pmo-compliance-offender-list'));
                offenders.forEach(function (offender) {
                    const item = keys.appendChild(el('li'));
                    const risk = RISK_REFERENCE.exec(offender);
                    if (kind === 'ISSUE' && ISSUE_KEY.test(offender)) {
                        const link = item.appendChild(el('a', 'pmo-compliance-issue-link', offender));
                        link.href = contextPath + '/browse/' + encodeURIComponent(offender);
                    } else if (kind === 'RISK' && risk && riskRegisterItem) {
                        // The risk opens in its register's dialog, as the register's own links do.
                        const link = item.appendChild(el('a', 'pmo-compliance-risk-link', offender));
                        link.href = contextPath + '/projects/' + encodeURIComponent(key) + '?selectedItem='
                            + encodeURIComponent(riskRegisterItem) + '&risk=' + risk[1];
                    } else {
                        item.appendChild(el('span', 'pmo-compliance-offender', offender));
                    }
                });
                // Offenders past the cap, and issues the reader may not see, are counted but not named.
                if (total > offenders.length) {
                    keys.appendChild(el('li', 'pmo-compliance-more', t('pmo.compliance.project.more',
                        total - offenders.length)));
                }
            }
            const navigator = violation.navigator;
            if (navigator && typeof navigator.url === 'string' && navigator.url.indexOf('/issues/?jql=') === 0) {
                // The same issues in the issue navigator, as a JQL search restricted to this project.
                const open = card.appendChild(el('p', 'pmo-compliance-navigator'));
                const link = open.appendChild(el('a', 'pmo-compliance-navigator-link',
                    t('pmo.compliance.project.navigator')));
                link.href = contextPath + navigator.url;
                link.title = navigator.jql;
                link.setAttribute('data-jql', navigator.jql);
            }
            const waived = view.count(violation.waivedCount);
            if (waived > 0 || outcome === 'waived') {
                const note = card.appendChild(el('p', 'pmo-compliance-waived'));
                note.setAttribute('data-waived', String(waived));
                note.appendChild(el('span', 'aui-lozenge aui-lozenge-success', view.outcomeText('WAIVED')));
                note.appendChild(document.createTextNode(' ' + t('pmo.compliance.project.waived', waived)));
                (Array.isArray(violation.waiverIds) ? violation.waiverIds : []).forEach(function (id) {
                    const waiver = waiverById(id);
                    if (waiver && view.text(waiver.expires)) {
                        const until = note.appendChild(el('span', 'pmo-compliance-waived-until'));
                        until.setAttribute('data-waiver-id', view.text(waiver.id));
                        until.appendChild(document.createTextNode(' ' + t('pmo.compliance.project.waived.until')
                            + ' '));
                        until.appendChild(timeElement(waiver.expires));
                    }
                });
            }
            const footer = card.appendChild(el('div', 'pmo-compliance-violation-foot'));
            if (view.text(violation.firstSeen)) {
                const seen = footer.appendChild(el('span', 'pmo-compliance-first-seen'));
                seen.appendChild(document.createTextNode(t('pmo.compliance.project.first.seen') + ' '));
                seen.appendChild(timeElement(violation.firstSeen));
            }
            if (canAct && outcome !== 'waived') {
                const ask = footer.appendChild(el('button', 'aui-button aui-button-link pmo-compliance-ask',
                    t('pmo.compliance.waiver.request')));
                ask.type = 'button';
                ask.setAttribute('aria-label', t('pmo.compliance.waiver.request.for', view.text(standard.name)));
                ask.setAttribute('aria-haspopup', 'dialog');
                ask.addEventListener('click', function () {
                    openDialog(standard.id, ask);
                });
            }
            return card;
        }

        function drawPassed(passed) {
            if (passed.length === 0) {
                return;
            }
            const fold = resultNode.appendChild(el('details', 'pmo-compliance-passed'));
            fold.appendChild(el('summary', 'pmo-compliance-passed-summary',
                t('pmo.compliance.project.passed', passed.length)));
            const items = fold.appendChild(el('ul', 'pmo-compliance-passed-list'));
            passed.forEach(function (entry) {
                const standard = entry.standard || {};
                const item = items.appendChild(el('li', 'pmo-compliance-passed-item'));
                item.id = ANCHOR + view.text(standard.id);
                item.setAttribute('data-standard-id', view.text(standard.id));
                item.setAttribute('data-outcome', view.outcomeOf(entry.outcome));
                item.setAttribute('tabindex', '-1');
                item.appendChild(el('span', 'aui-lozenge aui-lozenge-subtle pmo-compliance-outcome '
                    + 'pmo-compliance-outcome-' + view.outcomeOf(entry.outcome), view.outcomeText(entry.outcome)));
                item.appendChild(view.severityLozenge(standard.severity));
                item.appendChild(el('span', 'pmo-compliance-standard-name', view.text(standard.name)));
                if (view.text(entry.detail)) {
                    item.appendChild(el('span', 'pmo-compliance-detail', entry.detail));
                }
            });
        }

        /** Opens the page at the standard a portfolio cell named, once, unfolding the passed list if need be. */
        function goToAnchor() {
            const hash = window.location.hash || '';
            if (anchored || hash.indexOf('#' + ANCHOR) !== 0) {
                return;
            }
            anchored = true;
            const target = byId(hash.substring(1));
            if (!target) {
                return;
            }
            const fold = target.closest('details');
            if (fold) {
                fold.open = true;
            }
            target.classList.add('pmo-compliance-target');
            target.scrollIntoView({block: 'start'});
            target.focus({preventScroll: true});
        }

        /* ------------------------------------------------------------------ scans */

        function scan(dryRun, button) {
            button.disabled = true;
            button.setAttribute('aria-busy', 'true');
            PMO.rest('POST', project + '/scan' + (dryRun ? '?dryRun=true' : ''), undefined,
                {contextPath: contextPath}).then(function (result) {
                button.disabled = false;
                button.removeAttribute('aria-busy');
                if (!result.ok || !result.data) {
                    return;
                }
                if (dryRun) {
                    drawResult(result.data, true);
                    return;
                }
                const score = view.scoreText(result.data.score);
                PMO.flag('success', t('pmo.compliance.project.scanned.flag', score === null ? '-' : score));
                loadAll();
            });
        }

        /* ------------------------------------------------------------------ waivers */

        function standardName(waiver) {
            if (view.text(waiver.standardName)) {
                return waiver.standardName;
            }
            const all = recorded ? list(recorded.violations).concat(list(recorded.passed), list(recorded.notScored))
                : [];
            const found = all.find(function (entry) {
                return entry.standard && String(entry.standard.id) === String(waiver.standardId);
            });
            return found ? view.text(found.standard.name) : view.text(waiver.standardId);
        }

        function waiverStatus(waiver) {
            const status = view.text(waiver.status).toLowerCase();
            if (status === 'approved' && waiver.active === false) {
                return 'expired';
            }
            return WAIVER_STATUS[status] ? status : 'requested';
        }

        function drawWaivers(answer) {
            waiversNode.replaceChildren();
            if (!answer.ok) {
                waiversNode.setAttribute('data-pmo-state', 'error');
                message(waiversNode, 'error', 'error', t('pmo.compliance.waivers.error') + ' '
                    + PMO.describeFailure(answer, null, contextPath).text);
                return;
            }
            if (waivers.length === 0) {
                waiversNode.setAttribute('data-pmo-state', 'empty');
                waiversNode.appendChild(el('p', 'pmo-compliance-waivers-none', t('pmo.compliance.waivers.none')));
                return;
            }
            const wrapper = waiversNode.appendChild(el('div', 'pmo-table-wrapper'));
            const table = wrapper.appendChild(el('table', 'aui pmo-compliance-waiver-table'));
            table.setAttribute('aria-labelledby', 'pmo-waivers-heading');
            const headRow = table.appendChild(el('thead')).appendChild(el('tr'));
            ['standard', 'issues', 'justification', 'expires', 'status', 'requested', 'decision', 'actions']
                .forEach(function (column) {
                    const th = headRow.appendChild(el('th', 'pmo-col-' + column,
                        t('pmo.compliance.waivers.column.' + column)));
                    th.scope = 'col';
                });
            const body = table.appendChild(el('tbody'));
            waivers.slice().sort(function (a, b) {
                return String(b.requestedAt || '').localeCompare(String(a.requestedAt || ''));
            }).forEach(function (waiver) {
                body.appendChild(waiverRow(waiver));
            });
            waiversNode.setAttribute('data-pmo-state', 'ready');
        }

        function waiverRow(waiver) {
            const status = waiverStatus(waiver);
            const row = el('tr', 'pmo-compliance-waiver');
            row.setAttribute('data-waiver-id', view.text(waiver.id));
            row.setAttribute('data-status', status);
            row.appendChild(el('td', 'pmo-col-standard', standardName(waiver)));
            const issues = row.appendChild(el('td', 'pmo-col-issues'));
            const keys = Array.isArray(waiver.issueKeys) ? waiver.issueKeys.filter(function (k) {
                return typeof k === 'string';
            }) : [];
            if (keys.length === 0) {
                issues.appendChild(el('span', 'pmo-compliance-whole-project',
                    t('pmo.compliance.waivers.whole.project')));
            }
            keys.forEach(function (issueKey, index) {
                if (index > 0) {
                    issues.appendChild(document.createTextNode(', '));
                }
                if (ISSUE_KEY.test(issueKey)) {
                    issues.appendChild(el('a', 'pmo-compliance-issue-link', issueKey)).href =
                        contextPath + '/browse/' + encodeURIComponent(issueKey);
                } else {
                    issues.appendChild(el('span', null, issueKey));
                }
            });
            row.appendChild(el('td', 'pmo-col-justification pmo-compliance-justification',
                view.text(waiver.justification)));
            row.appendChild(el('td', 'pmo-col-expires')).appendChild(timeElement(waiver.expires));
            const statusCell = row.appendChild(el('td', 'pmo-col-status'));
            statusCell.appendChild(el('span', 'aui-lozenge pmo-compliance-waiver-status '
                + WAIVER_STATUS[status].lozenge, t(WAIVER_STATUS[status].key)));
            const requested = row.appendChild(el('td', 'pmo-col-requested'));
            requested.appendChild(el('span', 'pmo-compliance-person', view.text(waiver.requestedByName)
                || view.text(waiver.requestedBy)));
            if (view.text(waiver.requestedAt)) {
                requested.appendChild(el('br'));
                requested.appendChild(timeElement(waiver.requestedAt));
            }
            const decision = row.appendChild(el('td', 'pmo-col-decision'));
            if (view.text(waiver.decidedBy)) {
                decision.appendChild(el('span', 'pmo-compliance-person', view.text(waiver.decidedByName)
                    || waiver.decidedBy));
            }
            if (view.text(waiver.decisionNote)) {
                decision.appendChild(el('p', 'pmo-compliance-decision-note', waiver.decisionNote));
            }
            const actions = row.appendChild(el('td', 'pmo-col-actions'));
            const open = status === 'requested' || status === 'approved';
            if (open && (pmoAdmin || (me !== '' && view.text(waiver.requestedBy) === me))) {
                const withdraw = actions.appendChild(el('button', 'aui-button aui-button-link pmo-compliance-withdraw',
                    t('pmo.compliance.waiver.withdraw')));
                withdraw.type = 'button';
                withdraw.setAttribute('aria-label', t('pmo.compliance.waiver.withdraw.label', standardName(waiver)));
                withdraw.addEventListener('click', function () {
                    withdrawWaiver(waiver, withdraw);
                });
            }
            return row;
        }

        function withdrawWaiver(waiver, button) {
            if (!WAIVER_ID.test(view.text(waiver.id))) {
                return;
            }
            button.disabled = true;
            PMO.rest('POST', rest + 'compliance/waivers/' + waiver.id + '/withdraw', {version: waiver.version},
                {contextPath: contextPath}).then(function (result) {
                button.disabled = false;
                if (result.ok) {
                    PMO.flag('success', t('pmo.compliance.waiver.withdrawn.flag'));
                }
                // A 409 means someone decided it meanwhile: show what it is now either way.
                loadAll();
            });
        }

        /* ------------------------------------------------------------------ the waiver dialog */

        const dialogNode = byId('pmo-waiver-dialog');
        const form = byId('pmo-waiver-form');
        let opener = null;

        function dialog() {
            return PMO.dialog(dialogNode);
        }

        function clearErrors() {
            const box = byId('pmo-waiver-error');
            box.hidden = true;
            box.replaceChildren();
            form.querySelectorAll('.error[data-field]').forEach(function (node) {
                node.textContent = '';
            });
            form.querySelectorAll('[aria-invalid]').forEach(function (node) {
                node.removeAttribute('aria-invalid');
            });
        }

        function showErrors(errors, fallback) {
            const unplaced = [];
            errors.forEach(function (error) {
                const field = view.text(error.field).replace(/\[.*$/, '').split('.')[0];
                const slot = form.querySelector('.error[data-field="' + field.replace(/[^A-Za-z]/g, '') + '"]');
                if (slot && field) {
                    slot.textContent = (slot.textContent ? slot.textContent + ' ' : '') + view.text(error.message);
                    const input = form.querySelector('[name="' + field.replace(/[^A-Za-z]/g, '') + '"]');
                    if (input) {
                        input.setAttribute('aria-invalid', 'true');
                    }
                } else {
                    unplaced.push(view.text(error.message));
                }
            });
            if (unplaced.length || (errors.length === 0 && fallback)) {
                const box = byId('pmo-waiver-error');
                box.appendChild(el('p', null, unplaced.length ? unplaced.join(' ') : fallback));
                box.hidden = false;
            }
        }

        function standardsForDialog() {
            const source = recorded ? list(recorded.violations).concat(list(recorded.passed),
                list(recorded.notScored)) : [];
            const seen = {};
            return source.map(function (entry) {
                return entry.standard || {};
            }).filter(function (standard) {
                const id = view.text(standard.id);
                if (!id || seen[id]) {
                    return false;
                }
                seen[id] = true;
                return true;
            });
        }

        function openDialog(standardId, from) {
            opener = from || null;
            clearErrors();
            form.reset();
            const select = byId('pmo-waiver-standard');
            select.replaceChildren();
            const standards = standardsForDialog();
            const submit = byId('pmo-waiver-submit');
            submit.disabled = standards.length === 0;
            if (standards.length === 0) {
                showErrors([], t('pmo.compliance.waiver.no.standards'));
            } else {
                select.appendChild(el('option', null, t('pmo.compliance.waiver.choose'))).value = '';
                standards.forEach(function (standard) {
                    const option = select.appendChild(el('option', null, view.text(standard.name)));
                    option.value = view.text(standard.id);
                });
                select.value = standardId === undefined || standardId === null ? '' : String(standardId);
            }
            const today = new Date();
            byId('pmo-waiver-expires').min = new Date(today.getTime() - today.getTimezoneOffset() * 60000)
                .toISOString().substring(0, 10);
            dialog().show();
            setTimeout(function () {
                (select.value ? byId('pmo-waiver-issues') : select).focus();
            }, 0);
        }

        function closeDialog() {
            dialog().hide();
            if (opener && document.body.contains(opener)) {
                opener.focus();
            }
            opener = null;
        }

        function submitWaiver(event) {
            event.preventDefault();
            clearErrors();
            const submit = byId('pmo-waiver-submit');
            const standard = byId('pmo-waiver-standard').value;
            const body = {
                standardId: /^[0-9]{1,18}$/.test(standard) ? Number(standard) : null,
                issueKeys: byId('pmo-waiver-issues').value.split(/[\s,;]+/).filter(function (k) {
                    return k !== '';
                }),
                justification: byId('pmo-waiver-justification').value.trim(),
                expires: byId('pmo-waiver-expires').value || null
            };
            submit.disabled = true;
            PMO.rest('POST', project + '/waivers', body, {contextPath: contextPath}).then(function (result) {
                submit.disabled = false;
                if (result.ok) {
                    closeDialog();
                    PMO.flag('success', t('pmo.compliance.waiver.requested.flag'));
                    loadAll();
                } else if (result.status === 400) {
                    showErrors(result.fieldErrors, view.text(result.data && result.data.message)
                        || t('pmo.compliance.waiver.error.fields'));
                }
            });
        }

        if (dialogNode && form) {
            dialogNode.setAttribute('data-aui-modal', 'true');
            form.addEventListener('submit', submitWaiver);
            byId('pmo-waiver-cancel').addEventListener('click', closeDialog);
            dialogNode.addEventListener('keydown', function (event) {
                if (event.key === 'Escape') {
                    closeDialog();
                }
            });
            PMO.issuePicker(byId('pmo-waiver-issues'), contextPath, 'project = "' + key + '"');
        }
        const requestButton = byId('pmo-compliance-request');
        if (requestButton) {
            requestButton.addEventListener('click', function () {
                openDialog(null, requestButton);
            });
        }
        const scanButton = byId('pmo-compliance-scan');
        if (scanButton) {
            scanButton.addEventListener('click', function () {
                scan(false, scanButton);
            });
        }
        const previewButton = byId('pmo-compliance-preview');
        if (previewButton) {
            previewButton.addEventListener('click', function () {
                scan(true, previewButton);
            });
        }

        loadAll();
    }

    PMO.startPage('pmo-project-compliance', start);
})(window, document);
