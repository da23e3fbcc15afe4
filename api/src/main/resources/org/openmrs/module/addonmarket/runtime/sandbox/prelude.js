'use strict';
// Runs first in every fresh context, before the add-on's script (docs/decisions/0007-runtime-sandbox.md). It removes
// the engine's own globals, keeps the built-ins it needs before the add-on can replace them, and returns the runner
// the host calls: it builds ctx around the host's bridge, calls the handler and hands back its result as JSON text.
// Strict mode throughout, so that no function here can be reached through `caller` or `arguments` from add-on code.
(function () {
	const global = globalThis;
	const REMOVED = ['Java', 'Packages', 'java', 'javax', 'javafx', 'com', 'org', 'edu', 'Polyglot', 'Graal', 'load',
		'loadWithNewGlobal', 'print', 'printErr', 'console', 'quit', 'exit', 'readline', 'readbuffer', 'read',
		'arguments', 'Debug'];
	for (let i = 0; i < REMOVED.length; i++) {
		delete global[REMOVED[i]];
	}
	const parse = JSON.parse;
	const stringify = JSON.stringify;
	const freeze = Object.freeze;
	const ownKeys = Object.keys;
	const ErrorType = Error;
	const toText = String;
	const apply = Reflect.apply;
	const slice = String.prototype.slice;
	const issued = new WeakSet();
	const isIssued = WeakSet.prototype.has;
	const remember = WeakSet.prototype.add;

	// An answer of the bridge: JSON text, or '!' and {code, message} for an error the add-on may catch.
	function unwrap(answer) {
		if (answer[0] === '!') {
			const failure = parse(apply(slice, answer, [1]));
			const error = new ErrorType(failure.message);
			error.name = 'AddonMarketError';
			error.code = failure.code;
			apply(remember, issued, [freeze(error)]);
			throw error;
		}
		return parse(answer);
	}

	function deepFreeze(value) {
		if (value !== null && typeof value === 'object') {
			const keys = ownKeys(value);
			for (let i = 0; i < keys.length; i++) {
				deepFreeze(value[keys[i]]);
			}
			freeze(value);
		}
		return value;
	}

	function describe(value) {
		if (typeof value === 'string') {
			return value;
		}
		try {
			const text = stringify(value);
			return text === undefined ? toText(value) : text;
		}
		catch (notJson) {
			return toText(value);
		}
	}

	function line(values) {
		let text = '';
		for (let i = 0; i < values.length; i++) {
			text += (i > 0 ? ' ' : '') + describe(values[i]);
		}
		return text;
	}

	function orEmpty(value) {
		return value === undefined || value === null ? {} : value;
	}

	function makeCtx(bridge, input) {
		const log = function log() {
			bridge.log('info', line(arguments));
		};
		log.info = function info() {
			bridge.log('info', line(arguments));
		};
		log.warn = function warn() {
			bridge.log('warn', line(arguments));
		};
		log.error = function error() {
			bridge.log('error', line(arguments));
		};
		return freeze({
			patient: input.patient,
			user: deepFreeze(input.user),
			config: deepFreeze(input.config),
			event: deepFreeze(input.event),
			ehr: freeze({
				read: function read(type, id) {
					return unwrap(bridge.read(toText(type), toText(id)));
				},
				search: function search(type, parameters) {
					return unwrap(bridge.search(toText(type), stringify(orEmpty(parameters))));
				},
				create: function create(type, resource) {
					return unwrap(bridge.create(toText(type), stringify(resource === undefined ? null : resource)));
				}
			}),
			http: freeze({
				fetch: function fetch(url, options) {
					const o = orEmpty(options);
					const body = o.body === undefined || o.body === null ? null
						: typeof o.body === 'string' ? o.body : stringify(o.body);
					const method = o.method === undefined || o.method === null ? 'GET' : toText(o.method);
					return unwrap(bridge.fetch(toText(url), method, stringify(orEmpty(o.headers)), body));
				}
			}),
			log: freeze(log)
		});
	}

	// An error the bridge handed the add-on and the add-on did not catch: its code and message, which are frozen.
	function refused(reason) {
		return reason !== null && typeof reason === 'object' && apply(isIssued, issued, [reason])
			? ['refused', reason.code, reason.message] : null;
	}

	// ['ok', json] | ['notjson', why] | ['toolarge', length] | ['refused', code, message]
	function finish(result, maxChars) {
		let text;
		try {
			text = stringify(result === undefined ? null : result);
		}
		catch (e) {
			return ['notjson', toText(e && e.message)];
		}
		if (text === undefined) {
			return ['notjson', 'a ' + typeof result + ' is not JSON'];
		}
		return text.length > maxChars ? ['toolarge', toText(text.length)] : ['ok', text];
	}

	let settled = null;
	let limit = 0;
	return freeze({
		// finish's answers, or ['pending'] for a promise: then the host calls settle
		run: function run(bridge, handler, inputText, maxChars) {
			limit = maxChars;
			let result;
			try {
				result = handler(makeCtx(bridge, parse(inputText)));
			}
			catch (e) {
				const answer = refused(e);
				if (answer === null) {
					throw e;
				}
				return answer;
			}
			if (result !== null && typeof result === 'object' && typeof result.then === 'function') {
				result.then(function (value) {
					settled = [value];
				}, function (reason) {
					settled = [undefined, reason];
				});
				return ['pending'];
			}
			return finish(result, maxChars);
		},
		// after the engine ran the pending jobs: finish's answers, or ['unsettled'] for a promise that never settled
		settle: function settle() {
			if (settled === null) {
				return ['unsettled'];
			}
			if (settled.length > 1) {
				const answer = refused(settled[1]);
				if (answer === null) {
					throw settled[1];
				}
				return answer;
			}
			return finish(settled[0], limit);
		}
	});
})();
