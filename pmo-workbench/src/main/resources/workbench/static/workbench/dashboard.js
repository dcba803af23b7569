/*
 * The workbench's dashboard runtime, doing for /secure/Dashboard.jspa what Jira's dashboard does for dashboard
 * items: for each item on the page it requires the item's AMD module, creates it with an API object (the members
 * Atlassian's "Building a dashboard item" guide lists), and calls render(context, preferences) or, for a
 * configurable item without preferences or after "Edit", renderEdit. API.savePreferences stores the preferences
 * through PUT /rest/dashboards/1.0/items/{id}/prefs and shows the item again with them.
 */
(function (window, document) {
    'use strict';

    const ITEMS = '/rest/dashboards/1.0/items';
    // Jira caps an item's automatic refresh; the workbench takes refresh minutes from 1 to a day.
    const MAX_REFRESH_MINUTES = 1440;

    function send(method, url, body) {
        const init = {method: method, credentials: 'same-origin', headers: {Accept: 'application/json'}};
        if (method !== 'GET') {
            init.headers['X-Atlassian-Token'] = 'no-check';
        }
        if (body !== undefined) {
            init.headers['Content-Type'] = 'application/json';
            init.body = JSON.stringify(body);
        }
        return window.fetch(url, init).then(function (response) {
            return response.text().then(function (text) {
                let data = null;
                try {
                    data = text ? JSON.parse(text) : null;
                } catch (e) {
                    data = null;
                }
                return {ok: response.ok, status: response.status, data: data};
            });
        }, function () {
            return {ok: false, status: 0, data: null};
        });
    }

    function problem(result) {
        if (result.status === 401) {
            return 'Your session has ended: log in again.';
        }
        const data = result.data || {};
        const fields = Array.isArray(data.errors) ? data.errors.map(function (e) {
            return (e.field ? e.field + ': ' : '') + e.message;
        }) : [];
        return [data.message || ('The server answered ' + result.status)].concat(fields).join(' ');
    }

    function messageIn(container, type, text) {
        const box = document.createElement('div');
        box.className = 'aui-message aui-message-' + type + ' dashboard-item-message';
        const p = document.createElement('p');
        p.textContent = text;
        box.appendChild(p);
        container.insertBefore(box, container.firstChild);
        return box;
    }

    function startItem(section) {
        const id = section.getAttribute('data-item-id');
        const amdModule = section.getAttribute('data-amd-module');
        const configurable = section.getAttribute('data-configurable') === 'true';
        const content = section.querySelector('.dashboard-item-content');
        const loading = section.querySelector('.dashboard-item-loading');
        const title = section.querySelector('.dashboard-item-title');
        const editButton = section.querySelector('.dashboard-item-edit');
        const removeButton = section.querySelector('.dashboard-item-remove');
        const listeners = {};
        let preferences = {};
        let refreshTimer = null;
        let instance = null;
        try {
            preferences = JSON.parse(section.getAttribute('data-preferences') || '{}') || {};
        } catch (e) {
            preferences = {};
        }

        if (removeButton) {
            removeButton.addEventListener('click', function () {
                send('DELETE', ITEMS + '/' + encodeURIComponent(id)).then(function (result) {
                    if (result.ok) {
                        window.clearInterval(refreshTimer);
                        section.remove();
                    } else {
                        messageIn(content, 'error', problem(result));
                    }
                });
            });
        }
        if (!amdModule) {
            return;
        }

        function emit(event) {
            const waiting = listeners[event] || [];
            listeners[event] = [];
            waiting.forEach(function (callback) {
                callback();
            });
        }

        function fail(error) {
            section.setAttribute('data-mode', 'failed');
            API.hideLoadingBar();
            messageIn(content, 'error', 'This gadget failed: ' + (error && error.message ? error.message : error));
            if (window.console) {
                window.console.error(error);
            }
        }

        function run(method) {
            if (method === 'renderEdit') {
                // A redraw must not replace the form someone is filling in; render starts the timer again.
                window.clearInterval(refreshTimer);
            }
            section.setAttribute('data-mode', method === 'renderEdit' ? 'edit' : 'view');
            section.removeAttribute('data-rendered');
            if (editButton) {
                editButton.hidden = method === 'renderEdit';
            }
            let result;
            try {
                result = instance[method](API.getContext(), Object.assign({}, preferences));
            } catch (e) {
                fail(e);
                return;
            }
            Promise.resolve(result).then(function () {
                section.setAttribute('data-rendered', 'true');
                emit('afterRender');
            }, fail);
        }

        function showView() {
            run('render');
        }

        function showEdit() {
            if (configurable && typeof instance.renderEdit === 'function') {
                run('renderEdit');
            }
        }

        const API = {
            /** Whether the user may configure the item: items on one's own dashboard, when configurable. */
            isEditable: function () {
                return configurable;
            },
            savePreferences: function (newPreferences) {
                if (!configurable) {
                    return Promise.resolve(null);
                }
                API.showLoadingBar();
                return send('PUT', ITEMS + '/' + encodeURIComponent(id) + '/prefs', newPreferences)
                    .then(function (result) {
                        API.hideLoadingBar();
                        if (result.ok && result.data && result.data.preferences) {
                            preferences = result.data.preferences;
                            showView();
                        } else {
                            messageIn(content, 'error', 'The preferences were not saved. ' + problem(result));
                        }
                        return result;
                    });
            },
            setTitle: function (text) {
                title.textContent = String(text);
            },
            initRefresh: function (prefs, callback) {
                window.clearInterval(refreshTimer);
                const minutes = Number(prefs && prefs.refresh);
                if (Number.isInteger(minutes) && minutes > 0 && minutes <= MAX_REFRESH_MINUTES
                        && typeof callback === 'function') {
                    refreshTimer = window.setInterval(callback, minutes * 60000);
                }
            },
            getRefreshFieldValue: function (fieldName) {
                const field = content.querySelector('[name="' + String(fieldName).replace(/["\\]/g, '') + '"]');
                return field && field.checked ? '15' : 'false';
            },
            showLoadingBar: function () {
                loading.hidden = false;
                section.setAttribute('aria-busy', 'true');
            },
            hideLoadingBar: function () {
                loading.hidden = true;
                section.removeAttribute('aria-busy');
            },
            getContext: function () {
                return window.jQuery ? window.jQuery(content) : content;
            },
            closeEdit: function () {
                showView();
            },
            getGadgetId: function () {
                return String(id);
            },
            resize: function () {
                // Items are not in iframes here, so they take the height they need.
            },
            once: function (event, callback) {
                (listeners[event] = listeners[event] || []).push(callback);
            }
        };

        try {
            const Module = window.require(amdModule);
            instance = new Module(API);
        } catch (e) {
            fail(e);
            return;
        }
        if (editButton) {
            editButton.addEventListener('click', showEdit);
        }
        if (configurable && Object.keys(preferences).length === 0) {
            showEdit();
        } else {
            showView();
        }
    }

    function startDirectory() {
        const toggle = document.getElementById('add-gadget');
        const directory = document.getElementById('gadget-directory');
        if (!toggle || !directory) {
            return;
        }
        toggle.addEventListener('click', function () {
            directory.hidden = !directory.hidden;
            toggle.setAttribute('aria-expanded', String(!directory.hidden));
        });
        Array.prototype.forEach.call(directory.querySelectorAll('.workbench-gadget-entry'), function (entry) {
            entry.querySelector('.workbench-add-item').addEventListener('click', function () {
                send('POST', ITEMS, {moduleKey: entry.getAttribute('data-module-key')}).then(function (result) {
                    if (result.ok) {
                        window.location.reload();
                    } else {
                        messageIn(directory, 'error', problem(result));
                    }
                });
            });
        });
    }

    function start() {
        startDirectory();
        Array.prototype.forEach.call(document.querySelectorAll('#dashboard .dashboard-item'), startItem);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})(window, document);
