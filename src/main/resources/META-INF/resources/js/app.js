// When the session ends while htmx refreshes part of a page (the import progress), the answer is
// the login page: show it as the page instead of inside the refreshed part.
document.addEventListener('htmx:beforeSwap', function (event) {
  var url = event.detail.xhr.responseURL || '';
  if (url.indexOf('/ui/login') !== -1) {
    event.detail.shouldSwap = false;
    window.location.assign('/ui/login');
  }
});
