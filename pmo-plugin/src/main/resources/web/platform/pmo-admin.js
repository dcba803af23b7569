/*
 * The PMO settings page: saves the PMO admin group through the REST API with the version last read, and shows the
 * server's answer (its field errors, or the current settings after a 409). Rules stay on the server.
 */
(function () {
    'use strict';

    function show(form, text, isError) {
        var message = form.querySelector('#pmo-admin-message');
        message.className = 'aui-message ' + (isError ? 'aui-message-error' : 'aui-message-success');
        message.textContent = text;
    }

    function describe(body) {
        if (body && body.errors && body.errors.length) {
            return body.errors.map(function (e) { return e.field + ': ' + e.message; }).join('; ');
        }
        return (body && body.message) || 'The settings could not be saved';
    }

    function save(form) {
        var input = form.querySelector('#pmo-admin-group');
        fetch(form.getAttribute('data-rest-url'), {
            method: 'PUT',
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check'},
            body: JSON.stringify({
                pmoAdminGroup: input.value,
                version: Number(form.getAttribute('data-version'))
            })
        }).then(function (response) {
            return response.json().then(function (body) {
                if (response.ok) {
                    form.setAttribute('data-version', String(body.version));
                    input.value = body.pmoAdminGroup;
                    show(form, form.getAttribute('data-saved-message'), false);
                    return;
                }
                if (response.status === 409 && body.current) {
                    // Someone saved first: show theirs, and let the next save build on it.
                    form.setAttribute('data-version', String(body.current.version));
                    input.value = body.current.pmoAdminGroup;
                }
                show(form, describe(body), true);
            });
        }).catch(function () {
            show(form, 'The server could not be reached', true);
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        var form = document.getElementById('pmo-admin-settings');
        if (form) {
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                save(form);
            });
        }
    });
}());
