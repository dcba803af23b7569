/*
 * The workbench's AMD loader, standing in for the one Jira puts on every page (almond-style: named modules,
 * defined by scripts already loaded, created on first require). Jira's pages also offer host modules; the
 * workbench offers the two plugin code may ask for, 'jquery' and 'wrm/context-path'. Does nothing where a loader
 * is already present.
 */
(function (window) {
    'use strict';
    if (typeof window.define === 'function' && window.define.amd) {
        return;
    }
    const definitions = {};
    const instances = {
        'jquery': window.jQuery,
        'wrm/context-path': function () {
            return '';
        }
    };

    function resolve(name, loading) {
        if (Object.prototype.hasOwnProperty.call(instances, name)) {
            return instances[name];
        }
        const definition = definitions[name];
        if (!definition) {
            throw new Error('AMD module ' + name + ' is not defined: is its web resource on the page?');
        }
        if (loading.indexOf(name) >= 0) {
            throw new Error('AMD modules depend on each other in a circle: ' + loading.concat(name).join(' -> '));
        }
        const dependencies = definition.dependencies.map(function (dependency) {
            return resolve(dependency, loading.concat(name));
        });
        instances[name] = typeof definition.factory === 'function'
            ? definition.factory.apply(window, dependencies) : definition.factory;
        return instances[name];
    }

    function define(name, dependencies, factory) {
        if (typeof name !== 'string') {
            throw new Error('The workbench loads named AMD modules only: define(\'name\', [...], factory)');
        }
        if (!Array.isArray(dependencies)) {
            factory = dependencies;
            dependencies = [];
        }
        definitions[name] = {dependencies: dependencies, factory: factory};
    }
    define.amd = {};

    function require(names, callback) {
        const list = Array.isArray(names) ? names : [names];
        const modules = list.map(function (name) {
            return resolve(name, []);
        });
        if (typeof callback === 'function') {
            return callback.apply(window, modules);
        }
        return modules[0];
    }

    window.define = define;
    window.require = require;
})(window);
