/*
 * PMO charts (web-resource pmo-charts): the S-curve of PV, EV and AC, a burn-up, and SPI/CPI over time, drawn in the
 * browser with uPlot (web-resource pmo-charts-library, shipped in the plugin jar) from a trend as the REST API
 * answers it. Plain ES2019, no build step; words come from Jira's jsI18n transformer, as in pmo-common.js.
 *
 * The trend (GET /rest/pmo/1.0/portfolios/{id}/trend, and the same shape for any node's trend):
 *
 *   { "currency": "EUR",          ISO 4217 code of every money value; null when the values mix currencies
 *     "scopeUnit": "points",      what scopeDone/scopeTotal count: "points", "issues" or "hours"
 *     "bac": "50000.00",          optional: budget at completion, drawn as a level line on the S-curve
 *     "snapshots": [              one per day a snapshot was stored, in any order
 *       { "date": "2026-01-05",   yyyy-MM-dd, the snapshot's day
 *         "pv": "12000.00", "ev": "10000.00", "ac": "11000.00",    money: decimal strings (or numbers)
 *         "scopeDone": 12, "scopeTotal": 40,                       numbers
 *         "spi": "0.8333", "cpi": "0.9091" } ] }                   indices: decimal strings (or numbers)
 *
 * Any value may be null ("not defined", e.g. SPI while PV is zero, CPI while AC is zero): the line has a gap there
 * and the data table says "not defined". A value that is not a finite number is treated the same, so no NaN ever
 * reaches a chart or a table. Snapshots whose date is not yyyy-MM-dd are left out.
 *
 * Each chart is a <figure>: a caption, the plot (role="img" with a one-sentence summary of the latest values for
 * screen readers; uPlot's own legend shows the series), and a "show as table" disclosure with every value. With
 * nothing to draw it shows an empty-state message instead of an empty plot. The plot follows its container's width.
 *
 *   const chart = PMO.charts.sCurve(element, trend, {height: 300, title: 'Apollo'});
 *   chart.destroy();   // when the element is reused or removed; drawing into the same element again also does it
 */
(function (window, document) {
    'use strict';

    const STRINGS = {
        'pmo.charts.empty': AJS.I18n.getText('pmo.charts.empty'),
        'pmo.charts.unavailable': AJS.I18n.getText('pmo.charts.unavailable'),
        'pmo.charts.table.show': AJS.I18n.getText('pmo.charts.table.show'),
        'pmo.charts.date': AJS.I18n.getText('pmo.charts.date'),
        'pmo.charts.not.defined': AJS.I18n.getText('pmo.charts.not.defined'),
        'pmo.charts.range': AJS.I18n.getText('pmo.charts.range'),
        'pmo.charts.scurve.title': AJS.I18n.getText('pmo.charts.scurve.title'),
        'pmo.charts.scurve.pv': AJS.I18n.getText('pmo.charts.scurve.pv'),
        'pmo.charts.scurve.ev': AJS.I18n.getText('pmo.charts.scurve.ev'),
        'pmo.charts.scurve.ac': AJS.I18n.getText('pmo.charts.scurve.ac'),
        'pmo.charts.scurve.bac': AJS.I18n.getText('pmo.charts.scurve.bac'),
        'pmo.charts.scurve.axis': AJS.I18n.getText('pmo.charts.scurve.axis'),
        'pmo.charts.scurve.axis.plain': AJS.I18n.getText('pmo.charts.scurve.axis.plain'),
        'pmo.charts.scurve.summary': AJS.I18n.getText('pmo.charts.scurve.summary'),
        'pmo.charts.burnup.title': AJS.I18n.getText('pmo.charts.burnup.title'),
        'pmo.charts.burnup.done': AJS.I18n.getText('pmo.charts.burnup.done'),
        'pmo.charts.burnup.total': AJS.I18n.getText('pmo.charts.burnup.total'),
        'pmo.charts.burnup.unit.points': AJS.I18n.getText('pmo.charts.burnup.unit.points'),
        'pmo.charts.burnup.unit.issues': AJS.I18n.getText('pmo.charts.burnup.unit.issues'),
        'pmo.charts.burnup.unit.hours': AJS.I18n.getText('pmo.charts.burnup.unit.hours'),
        'pmo.charts.burnup.summary': AJS.I18n.getText('pmo.charts.burnup.summary'),
        'pmo.charts.index.title': AJS.I18n.getText('pmo.charts.index.title'),
        'pmo.charts.index.spi': AJS.I18n.getText('pmo.charts.index.spi'),
        'pmo.charts.index.cpi': AJS.I18n.getText('pmo.charts.index.cpi'),
        'pmo.charts.index.target': AJS.I18n.getText('pmo.charts.index.target'),
        'pmo.charts.index.axis': AJS.I18n.getText('pmo.charts.index.axis'),
        'pmo.charts.index.summary': AJS.I18n.getText('pmo.charts.index.summary')
    };

    // Atlassian design palette, chosen for at least 3:1 contrast on white (WCAG's minimum for lines):
    // B400, G400, R400, P400, N300 and N200; grid N40. Dashes tell the money lines apart without colour.
    const COLOURS = {
        blue: '#0052CC', green: '#00875A', red: '#DE350B', purple: '#5243AA', slate: '#5E6C84', grey: '#6B778C',
        grid: '#DFE1E6', greenFill: 'rgba(0, 135, 90, 0.12)'
    };
    const FONT = '12px -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Oxygen, Ubuntu, "Fira Sans", '
        + '"Droid Sans", "Helvetica Neue", sans-serif';
    const LABEL_FONT = '600 ' + FONT;
    const DEFAULT_HEIGHT = 280;
    const DAY = 86400;
    const MONTH = 30 * DAY;
    const YEAR = 365 * DAY;
    // Tick steps of whole days and up: uPlot aligns month and year steps to calendar months and years.
    const DATE_STEPS = [DAY, 2 * DAY, 3 * DAY, 7 * DAY, 14 * DAY, MONTH, 2 * MONTH, 3 * MONTH, 6 * MONTH,
        YEAR, 2 * YEAR, 5 * YEAR, 10 * YEAR];
    // Ten years of daily snapshots; older ones are left out rather than slowing the page.
    const MAX_SNAPSHOTS = 3660;
    const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

    const PMO = window.PMO = window.PMO || {};
    const drawn = new WeakMap();

    function t(key) {
        return PMO.format.apply(null, [STRINGS].concat(Array.prototype.slice.call(arguments)));
    }

    /* ------------------------------------------------------------------ reading the trend */

    /** A finite number, or null for null, absent, empty and anything that is not a finite number. */
    function number(value) {
        if (value === null || value === undefined || value === '' || typeof value === 'boolean') {
            return null;
        }
        const parsed = typeof value === 'number' ? value : Number(String(value).trim());
        return isFinite(parsed) ? parsed : null;
    }

    /** Seconds since the epoch at the start of a yyyy-MM-dd day in UTC, or null. */
    function daySeconds(text) {
        const match = DATE.exec(typeof text === 'string' ? text : '');
        if (!match) {
            return null;
        }
        const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
        const back = new Date(ms);
        // 2026-02-30 would roll over into March: not a date.
        return back.getUTCDate() === Number(match[3]) && back.getUTCMonth() === Number(match[2]) - 1
            ? ms / 1000 : null;
    }

    /** The trend's snapshots with a valid date, oldest first, one per day (the last one given for a day wins). */
    function snapshots(trend) {
        const list = trend && Array.isArray(trend.snapshots) ? trend.snapshots : [];
        const byDay = new Map();
        list.forEach(function (snapshot) {
            const day = snapshot && typeof snapshot === 'object' ? daySeconds(snapshot.date) : null;
            if (day !== null) {
                byDay.set(day, {day: day, date: snapshot.date, values: snapshot});
            }
        });
        const sorted = Array.from(byDay.values()).sort(function (a, b) {
            return a.day - b.day;
        });
        return sorted.slice(Math.max(0, sorted.length - MAX_SNAPSHOTS));
    }

    function currencyOf(trend) {
        const code = trend && typeof trend.currency === 'string' ? trend.currency.trim().toUpperCase() : '';
        return /^[A-Z]{3}$/.test(code) ? code : null;
    }

    /* ------------------------------------------------------------------ formatting */

    function numberFormat(options) {
        try {
            return new Intl.NumberFormat(PMO.locale(), options);
        } catch (e) {
            // An unknown locale or currency: the same figures without the currency sign.
            const plain = Object.assign({}, options);
            delete plain.style;
            delete plain.currency;
            return new Intl.NumberFormat(undefined, plain);
        }
    }

    function formatter(options) {
        const format = numberFormat(options);
        return function (value) {
            return value === null ? t('pmo.charts.not.defined') : format.format(value);
        };
    }

    function moneyFormats(currency) {
        const full = currency ? {style: 'currency', currency: currency} : {minimumFractionDigits: 2,
            maximumFractionDigits: 2};
        const compact = Object.assign({notation: 'compact', maximumFractionDigits: 1},
            currency ? {style: 'currency', currency: currency} : {});
        return {full: formatter(full), compact: formatter(compact)};
    }

    function dateFormatter(options) {
        let format;
        try {
            format = new Intl.DateTimeFormat(PMO.locale(), Object.assign({timeZone: 'UTC'}, options));
        } catch (e) {
            format = new Intl.DateTimeFormat(undefined, Object.assign({timeZone: 'UTC'}, options));
        }
        return function (seconds) {
            return format.format(new Date(seconds * 1000));
        };
    }

    const dayAndMonth = dateFormatter({day: 'numeric', month: 'short'});
    const monthAndYear = dateFormatter({month: 'short', year: 'numeric'});
    const yearOnly = dateFormatter({year: 'numeric'});
    const fullDate = dateFormatter({day: 'numeric', month: 'short', year: 'numeric'});

    /** Date tick labels as fine as the step between ticks: "5 Jan", "Jan 2026" or "2026". */
    function dateTicks(u, ticks, axisIndex, space, step) {
        const format = step >= YEAR ? yearOnly : step >= MONTH ? monthAndYear : dayAndMonth;
        return ticks.map(function (tick) {
            return tick === null ? '' : format(tick);
        });
    }

    /* ------------------------------------------------------------------ building a chart */

    function el(tag, className, text) {
        return PMO.el(tag, className, text);
    }

    let ids = 0;

    /**
     * The common frame of every chart.
     * spec: {kind, title, height, days, rows (per day: array of values per column), columns: [{label, format}],
     * series: [{label, values, stroke, dash, fill, paths, width}], axis: {label, ticks, range}, summary}
     */
    function render(container, spec) {
        if (!container || typeof container.appendChild !== 'function') {
            throw new TypeError('PMO.charts needs an element to draw into');
        }
        const previous = drawn.get(container);
        if (previous) {
            previous.destroy();
        }
        container.textContent = '';
        const titleId = 'pmo-chart-title-' + (++ids);
        const figure = el('figure', 'pmo-chart pmo-chart-' + spec.kind);
        figure.setAttribute('aria-labelledby', titleId);
        const caption = el('figcaption', 'pmo-chart-title', spec.title);
        caption.id = titleId;
        figure.appendChild(caption);
        container.appendChild(figure);

        const hasValues = spec.series.some(function (series) {
            return !series.reference && series.values.some(function (value) {
                return value !== null;
            });
        });
        if (!hasValues) {
            figure.classList.add('pmo-chart-is-empty');
            const message = el('div', 'aui-message aui-message-info pmo-chart-empty');
            message.appendChild(el('p', null, t('pmo.charts.empty')));
            figure.appendChild(message);
            return remember(container, {element: figure, chart: null, destroy: clear(container, figure, null, null)});
        }

        const plot = el('div', 'pmo-chart-plot');
        plot.setAttribute('role', 'img');
        plot.setAttribute('aria-label', spec.summary);
        figure.appendChild(plot);
        figure.appendChild(dataTable(spec));

        if (typeof window.uPlot !== 'function') {
            // The library did not load (a build without npm, a blocked download): the table still has every value.
            plot.removeAttribute('role');
            plot.removeAttribute('aria-label');
            plot.className = 'aui-message aui-message-warning pmo-chart-unavailable';
            plot.appendChild(el('p', null, t('pmo.charts.unavailable')));
            return remember(container, {element: figure, chart: null, destroy: clear(container, figure, null, null)});
        }

        const height = number(spec.height) > 0 ? number(spec.height) : DEFAULT_HEIGHT;
        const chart = new window.uPlot(options(spec, widthOf(plot), height), data(spec), plot);
        const observer = followWidth(plot, chart, height);
        return remember(container, {element: figure, chart: chart, destroy: clear(container, figure, chart, observer)});
    }

    function remember(container, handle) {
        drawn.set(container, handle);
        return handle;
    }

    function clear(container, figure, chart, observer) {
        return function () {
            if (observer) {
                observer.disconnect();
            }
            if (chart) {
                chart.destroy();
            }
            if (figure.parentNode === container) {
                container.removeChild(figure);
            }
            drawn.delete(container);
        };
    }

    function widthOf(node) {
        return Math.max(120, Math.floor(node.clientWidth || (node.parentNode && node.parentNode.clientWidth) || 600));
    }

    /** Redraws at the container's new width; at most once a frame, however many resize notices arrive. */
    function followWidth(plot, chart, height) {
        if (typeof window.ResizeObserver !== 'function') {
            return null;
        }
        let pending = false;
        const observer = new window.ResizeObserver(function () {
            if (pending) {
                return;
            }
            pending = true;
            window.requestAnimationFrame(function () {
                pending = false;
                const width = widthOf(plot);
                if (width !== chart.width) {
                    chart.setSize({width: width, height: height});
                }
            });
        });
        observer.observe(plot);
        return observer;
    }

    function data(spec) {
        return [spec.days].concat(spec.series.map(function (series) {
            return series.values;
        }));
    }

    /** Room for the widest tick label, so long currency amounts are never cut off. */
    function axisWidth(u, labels, axisIndex, cycle) {
        const axis = u.axes[axisIndex];
        if (cycle > 1) {
            return axis._size;
        }
        let widest = 0;
        u.ctx.font = axis.font[0];
        (labels || []).forEach(function (label) {
            widest = Math.max(widest, u.ctx.measureText(label).width);
        });
        // The canvas measures in device pixels; the axis size is in CSS pixels.
        return Math.ceil(widest / (u.pxRatio || window.devicePixelRatio || 1)) + axis.ticks.size + axis.gap + 4;
    }

    function legendDash(u, seriesIndex) {
        const dash = u.series[seriesIndex].dash;
        return !dash || !dash.length ? 'solid' : dash[0] <= 2 ? 'dotted' : 'dashed';
    }

    function options(spec, width, height) {
        return {
            width: width,
            height: height,
            // Days are UTC calendar days: ticks and labels must not move with the viewer's time zone.
            tzDate: function (seconds) {
                return window.uPlot.tzDate(new Date(seconds * 1000), 'Etc/UTC');
            },
            cursor: {drag: {x: false, y: false}},
            // The legend's samples show the dash pattern too, so the lines can be told apart without colour.
            legend: {live: true, markers: {dash: legendDash}},
            scales: {
                x: {
                    time: true,
                    range: function (u, min, max) {
                        return min === max ? [min - DAY, max + DAY] : [min, max];
                    }
                },
                y: {range: spec.axis.range}
            },
            series: [{
                label: t('pmo.charts.date'),
                value: function (u, seconds) {
                    return seconds === null ? '' : fullDate(seconds);
                }
            }].concat(spec.series.map(function (series) {
                return {
                    label: series.label,
                    stroke: series.stroke,
                    width: series.width || 2,
                    dash: series.dash,
                    fill: series.fill,
                    paths: series.paths,
                    points: series.reference ? {show: false} : {size: 6},
                    value: function (u, value) {
                        return value === null ? '' : series.format(value);
                    }
                };
            })),
            axes: [{
                stroke: COLOURS.slate,
                font: FONT,
                grid: {stroke: COLOURS.grid, width: 1},
                ticks: {stroke: COLOURS.grid, width: 1},
                incrs: DATE_STEPS,
                values: dateTicks
            }, {
                stroke: COLOURS.slate,
                font: FONT,
                label: spec.axis.label,
                labelFont: LABEL_FONT,
                labelSize: 22,
                grid: {stroke: COLOURS.grid, width: 1},
                ticks: {stroke: COLOURS.grid, width: 1},
                size: axisWidth,
                values: function (u, ticks) {
                    return ticks.map(function (tick) {
                        return tick === null ? '' : spec.axis.ticks(tick);
                    });
                }
            }]
        };
    }

    function dataTable(spec) {
        const details = el('details', 'pmo-chart-data');
        details.appendChild(el('summary', null, t('pmo.charts.table.show')));
        const table = el('table', 'aui pmo-chart-table');
        table.appendChild(el('caption', 'assistive', spec.title));
        const head = el('thead');
        const headRow = el('tr');
        [t('pmo.charts.date')].concat(spec.columns.map(function (column) {
            return column.label;
        })).forEach(function (label) {
            const th = el('th', null, label);
            th.setAttribute('scope', 'col');
            headRow.appendChild(th);
        });
        head.appendChild(headRow);
        table.appendChild(head);
        const body = el('tbody');
        spec.rows.forEach(function (row, index) {
            const tr = el('tr');
            const th = el('th', null, fullDate(spec.days[index]));
            th.setAttribute('scope', 'row');
            tr.appendChild(th);
            spec.columns.forEach(function (column, columnIndex) {
                const value = row[columnIndex];
                tr.appendChild(el('td', value === null ? 'pmo-chart-not-defined' : null, column.format(value)));
            });
            body.appendChild(tr);
        });
        table.appendChild(body);
        details.appendChild(table);
        return details;
    }

    /** The latest day with any of the given values, as an index, or -1. */
    function latest(columns) {
        for (let i = columns[0].length - 1; i >= 0; i--) {
            if (columns.some(function (values) {
                return values[i] !== null;
            })) {
                return i;
            }
        }
        return -1;
    }

    function rangeSentence(days) {
        return days.length > 1 ? ' ' + t('pmo.charts.range', fullDate(days[0]), fullDate(days[days.length - 1])) : '';
    }

    function pick(points, field) {
        return points.map(function (point) {
            return number(point.values[field]);
        });
    }

    function rows(columns) {
        return columns[0].map(function (ignored, index) {
            return columns.map(function (values) {
                return values[index];
            });
        });
    }

    /** A y range from zero (or the lowest value, if negative) to a little above the highest. */
    function fromZero(u, min, max) {
        return window.uPlot.rangeNum(Math.min(0, min), Math.max(max, 0), 0.1, true);
    }

    function settings(options) {
        return options && typeof options === 'object' ? options : {};
    }

    /* ------------------------------------------------------------------ the three charts */

    const charts = PMO.charts = {};

    /** Planned value, earned value and actual cost over time, in the trend's currency; BAC as a level line. */
    charts.sCurve = function (container, trend, options) {
        const opts = settings(options);
        const points = snapshots(trend);
        const days = points.map(function (point) {
            return point.day;
        });
        const currency = currencyOf(trend);
        const money = moneyFormats(currency);
        const pv = pick(points, 'pv');
        const ev = pick(points, 'ev');
        const ac = pick(points, 'ac');
        const bac = number(trend && trend.bac);
        const at = latest([pv, ev, ac]);
        const series = [
            {label: t('pmo.charts.scurve.pv'), values: pv, stroke: COLOURS.blue, dash: [8, 4], format: money.full},
            {label: t('pmo.charts.scurve.ev'), values: ev, stroke: COLOURS.green, format: money.full},
            {label: t('pmo.charts.scurve.ac'), values: ac, stroke: COLOURS.red, dash: [2, 3], format: money.full}
        ];
        if (bac !== null && days.length) {
            series.push({label: t('pmo.charts.scurve.bac'), values: days.map(function () {
                return bac;
            }), stroke: COLOURS.grey, dash: [12, 6], width: 1, reference: true, format: money.full});
        }
        return render(container, {
            kind: 's-curve',
            title: opts.title || t('pmo.charts.scurve.title'),
            height: opts.height,
            days: days,
            series: series,
            columns: series.slice(0, 3),
            rows: rows([pv, ev, ac]),
            axis: {
                label: currency ? t('pmo.charts.scurve.axis', currency) : t('pmo.charts.scurve.axis.plain'),
                ticks: money.compact,
                range: fromZero
            },
            summary: at < 0 ? '' : t('pmo.charts.scurve.summary', fullDate(days[at]), money.full(pv[at]),
                money.full(ev[at]), money.full(ac[at])) + rangeSentence(days)
        });
    };

    /** Scope done against total scope over time, in story points, issues or hours as the trend says. */
    charts.burnUp = function (container, trend, options) {
        const opts = settings(options);
        const points = snapshots(trend);
        const days = points.map(function (point) {
            return point.day;
        });
        const unit = trend && typeof trend.scopeUnit === 'string' ? trend.scopeUnit : 'issues';
        const unitLabel = unit === 'points' ? t('pmo.charts.burnup.unit.points')
            : unit === 'hours' ? t('pmo.charts.burnup.unit.hours') : t('pmo.charts.burnup.unit.issues');
        const count = formatter({maximumFractionDigits: 2});
        const done = pick(points, 'scopeDone');
        const total = pick(points, 'scopeTotal');
        const at = latest([done, total]);
        const series = [
            {label: t('pmo.charts.burnup.total'), values: total, stroke: COLOURS.slate, format: count,
                paths: window.uPlot ? window.uPlot.paths.stepped({align: 1}) : undefined},
            {label: t('pmo.charts.burnup.done'), values: done, stroke: COLOURS.green, fill: COLOURS.greenFill,
                format: count}
        ];
        return render(container, {
            kind: 'burn-up',
            title: opts.title || t('pmo.charts.burnup.title'),
            height: opts.height,
            days: days,
            series: series,
            columns: [series[1], series[0]],
            rows: rows([done, total]),
            axis: {label: unitLabel, ticks: count, range: fromZero},
            summary: at < 0 ? '' : t('pmo.charts.burnup.summary', fullDate(days[at]), count(done[at]),
                count(total[at]), unitLabel) + rangeSentence(days)
        });
    };

    /** SPI and CPI over time against the 1.0 line (on schedule, on budget); undefined indices are gaps. */
    charts.indexTrend = function (container, trend, options) {
        const opts = settings(options);
        const points = snapshots(trend);
        const days = points.map(function (point) {
            return point.day;
        });
        const index = formatter({minimumFractionDigits: 2, maximumFractionDigits: 2});
        const spi = pick(points, 'spi');
        const cpi = pick(points, 'cpi');
        const at = latest([spi, cpi]);
        const series = [
            {label: t('pmo.charts.index.spi'), values: spi, stroke: COLOURS.blue, format: index},
            {label: t('pmo.charts.index.cpi'), values: cpi, stroke: COLOURS.purple, dash: [8, 4], format: index},
            {label: t('pmo.charts.index.target'), values: days.map(function () {
                return 1;
            }), stroke: COLOURS.grey, dash: [4, 4], width: 1, reference: true, format: index}
        ];
        return render(container, {
            kind: 'index-trend',
            title: opts.title || t('pmo.charts.index.title'),
            height: opts.height,
            days: days,
            series: series,
            columns: series.slice(0, 2),
            rows: rows([spi, cpi]),
            axis: {
                label: t('pmo.charts.index.axis'),
                ticks: index,
                // Always show the 1.0 line, and never a negative index.
                range: function (u, min, max) {
                    const range = window.uPlot.rangeNum(Math.min(min, 1), Math.max(max, 1), 0.1, false);
                    return [Math.max(0, range[0]), range[1]];
                }
            },
            summary: at < 0 ? '' : t('pmo.charts.index.summary', fullDate(days[at]), index(spi[at]), index(cpi[at]))
                + rangeSentence(days)
        });
    };
}(window, document));
