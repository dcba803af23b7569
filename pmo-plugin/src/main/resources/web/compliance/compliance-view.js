/*
 * Compliance views shared by the project Compliance page, the portfolio compliance table and the dashboard item
 * (web-resource compliance-view): the score chip (score and RAG in words, not colour alone), severity lozenges and
 * outcome labels. Input is the compliance REST API's JSON (docs/rest.md): score is a percent with one decimal or
 * null when nothing could be scored, rag GREEN/AMBER/RED/GREY, severity INFO/MINOR/MAJOR/CRITICAL, outcome
 * PASSED/FAILED/WAIVED/NOT_APPLICABLE/ERROR. Server text goes in with textContent only.
 */
(function (window) {
    'use strict';

    const STRINGS = {
        'pmo.compliance.rag.green': AJS.I18n.getText('pmo.compliance.rag.green'),
        'pmo.compliance.rag.amber': AJS.I18n.getText('pmo.compliance.rag.amber'),
        'pmo.compliance.rag.red': AJS.I18n.getText('pmo.compliance.rag.red'),
        'pmo.compliance.rag.grey': AJS.I18n.getText('pmo.compliance.rag.grey'),
        'pmo.compliance.score.none': AJS.I18n.getText('pmo.compliance.score.none'),
        'pmo.compliance.score.label': AJS.I18n.getText('pmo.compliance.score.label'),
        'pmo.compliance.severity.info': AJS.I18n.getText('pmo.compliance.severity.info'),
        'pmo.compliance.severity.minor': AJS.I18n.getText('pmo.compliance.severity.minor'),
        'pmo.compliance.severity.major': AJS.I18n.getText('pmo.compliance.severity.major'),
        'pmo.compliance.severity.critical': AJS.I18n.getText('pmo.compliance.severity.critical'),
        'pmo.compliance.outcome.passed': AJS.I18n.getText('pmo.compliance.outcome.passed'),
        'pmo.compliance.outcome.failed': AJS.I18n.getText('pmo.compliance.outcome.failed'),
        'pmo.compliance.outcome.waived': AJS.I18n.getText('pmo.compliance.outcome.waived'),
        'pmo.compliance.outcome.not_applicable': AJS.I18n.getText('pmo.compliance.outcome.not_applicable'),
        'pmo.compliance.outcome.error': AJS.I18n.getText('pmo.compliance.outcome.error'),
        'pmo.compliance.outcome.none': AJS.I18n.getText('pmo.compliance.outcome.none')
    };
    const RAG = {
        green: {key: 'pmo.compliance.rag.green', lozenge: 'aui-lozenge-success'},
        amber: {key: 'pmo.compliance.rag.amber', lozenge: 'aui-lozenge-moved'},
        red: {key: 'pmo.compliance.rag.red', lozenge: 'aui-lozenge-error'},
        grey: {key: 'pmo.compliance.rag.grey', lozenge: ''}
    };
    // Lozenges as Jira colours priorities: the worse, the bolder.
    const SEVERITY = {
        critical: {key: 'pmo.compliance.severity.critical', lozenge: 'aui-lozenge-error', rank: 0},
        major: {key: 'pmo.compliance.severity.major', lozenge: 'aui-lozenge-moved', rank: 1},
        minor: {key: 'pmo.compliance.severity.minor', lozenge: 'aui-lozenge-current', rank: 2},
        info: {key: 'pmo.compliance.severity.info', lozenge: 'aui-lozenge-subtle', rank: 3}
    };
    const OUTCOME = {
        passed: 'pmo.compliance.outcome.passed',
        failed: 'pmo.compliance.outcome.failed',
        waived: 'pmo.compliance.outcome.waived',
        not_applicable: 'pmo.compliance.outcome.not_applicable',
        error: 'pmo.compliance.outcome.error'
    };
    const PMO = window.PMO = window.PMO || {};
    const el = PMO.el;

    function t(key) {
        return PMO.format.apply(null, [STRINGS].concat(Array.prototype.slice.call(arguments)));
    }

    function lower(value) {
        return typeof value === 'string' ? value.toLowerCase() : '';
    }

    /** green, amber, red or grey (also for anything the page does not know). */
    function ragOf(value) {
        const rag = lower(value);
        return RAG[rag] ? rag : 'grey';
    }

    /** The score as the server sent it, one decimal, or null when there is none. */
    function scoreText(score) {
        const text = PMO.decimalHalfUp(score, 1);
        return text === null ? null : text + '%';
    }

    /** The RAG lozenge with its word. */
    function ragLozenge(value) {
        const rag = ragOf(value);
        const span = el('span', 'aui-lozenge pmo-compliance-rag ' + RAG[rag].lozenge, t(RAG[rag].key));
        span.setAttribute('data-rag', rag);
        return span;
    }

    /** Score and RAG together: "87.5%" and "Green", or "Not scored" and "Grey". */
    function scoreChip(score, rag) {
        const chip = el('span', 'pmo-compliance-score-chip');
        const text = scoreText(score);
        chip.setAttribute('data-score', text === null ? '' : PMO.decimalHalfUp(score, 1));
        chip.appendChild(el('span', 'pmo-compliance-score-value' + (text === null ? ' pmo-compliance-score-none' : ''),
            text === null ? t('pmo.compliance.score.none') : text));
        chip.appendChild(ragLozenge(rag));
        chip.setAttribute('aria-label', t('pmo.compliance.score.label',
            text === null ? t('pmo.compliance.score.none') : text, t(RAG[ragOf(rag)].key)));
        chip.setAttribute('role', 'img');
        return chip;
    }

    function severityOf(value) {
        const severity = lower(value);
        return SEVERITY[severity] ? severity : 'info';
    }

    function severityLozenge(value) {
        const severity = severityOf(value);
        const span = el('span', 'aui-lozenge pmo-compliance-severity ' + SEVERITY[severity].lozenge,
            t(SEVERITY[severity].key));
        span.setAttribute('data-severity', severity);
        return span;
    }

    /** Sorts standards (or things with a standard) critical first, then by name. */
    function bySeverityThenName(standardOf) {
        return function (a, b) {
            const sa = standardOf(a) || {};
            const sb = standardOf(b) || {};
            const rank = SEVERITY[severityOf(sa.severity)].rank - SEVERITY[severityOf(sb.severity)].rank;
            return rank !== 0 ? rank : String(sa.name || '').localeCompare(String(sb.name || ''));
        };
    }

    /** passed, failed, waived, not_applicable, error, or none for a missing one. */
    function outcomeOf(value) {
        const outcome = lower(value);
        return OUTCOME[outcome] ? outcome : 'none';
    }

    function outcomeText(value) {
        const outcome = outcomeOf(value);
        return outcome === 'none' ? t('pmo.compliance.outcome.none') : t(OUTCOME[outcome]);
    }

    function text(value) {
        return typeof value === 'string' ? value : (typeof value === 'number' ? String(value) : '');
    }

    /** A whole count the server sent, or 0. */
    function count(value) {
        const number = Number(value);
        return Number.isFinite(number) && number > 0 ? Math.floor(number) : 0;
    }

    PMO.complianceView = {
        ragOf: ragOf,
        ragText: function (value) {
            return t(RAG[ragOf(value)].key);
        },
        ragLozenge: ragLozenge,
        scoreText: scoreText,
        scoreChip: scoreChip,
        severityOf: severityOf,
        severityLozenge: severityLozenge,
        bySeverityThenName: bySeverityThenName,
        outcomeOf: outcomeOf,
        outcomeText: outcomeText,
        text: text,
        count: count
    };
}(window));
