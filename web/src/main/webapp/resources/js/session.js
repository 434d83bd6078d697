/*
 * Idle-session warning. The server ends a session after the idle timeout; one minute before, this shows a dialog with
 * a countdown and "Stay signed in" (which touches the session). At the timeout it signs out (ending the Keycloak
 * session too). Only server round-trips (page loads, AJAX) reset the timer, as they do on the server.
 * ClinicSession.idleFor(seconds) lets tests simulate idleness.
 */
(function () {
    var cfg = document.getElementById('session-policy');
    if (!cfg) {
        return;
    }
    var warnAfter = Number(cfg.getAttribute('data-warn-after'));
    var idle = Number(cfg.getAttribute('data-idle'));
    var box = document.getElementById('session-warning');
    var count = document.getElementById('session-countdown');
    var stay = document.getElementById('stay-signed-in');
    var last = Date.now();
    var shown = false;

    function signOut() {
        var form = document.createElement('form');
        form.method = 'post';
        form.action = cfg.getAttribute('data-logout');
        document.body.appendChild(form);
        form.submit();
    }

    function hide() {
        box.hidden = true;
        shown = false;
    }

    function tick() {
        var idleFor = (Date.now() - last) / 1000;
        if (idleFor >= idle) {
            signOut();
            return;
        }
        if (idleFor >= warnAfter) {
            if (!shown) {
                box.hidden = false;
                shown = true;
                stay.focus();
            }
            count.textContent = String(Math.ceil(idle - idleFor));
        }
    }

    stay.addEventListener('click', function () {
        fetch(cfg.getAttribute('data-ping'), {method: 'POST', credentials: 'same-origin'}).then(function (r) {
            if (r.ok) {
                last = Date.now();
                hide();
            } else {
                signOut();
            }
        });
    });
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', function () {
            last = Date.now();
        });
    }
    window.ClinicSession = {
        idleFor: function (seconds) {
            last = Date.now() - seconds * 1000;
            tick();
        }
    };
    setInterval(tick, 1000);
})();
