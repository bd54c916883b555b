// When the session ends while htmx refreshes part of a page (the import progress), the answer is
// the login page: show it as the page instead of inside the refreshed part.
document.addEventListener('htmx:beforeSwap', function (event) {
  var url = event.detail.xhr.responseURL || '';
  if (url.indexOf('/ui/login') !== -1) {
    event.detail.shouldSwap = false;
    window.location.assign('/ui/login');
  }
});

// A refused product search (an unknown family in a bookmarked URL) answers 400 with the grid and
// its message: show it in place, as the full page would, instead of htmx's silent error.
document.addEventListener('htmx:beforeSwap', function (event) {
  if (event.detail.xhr.status === 400 && event.detail.target && event.detail.target.id === 'product-grid') {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});

// "Select this page" in the product grid ticks or unticks every row's checkbox. Delegated from the
// document because htmx swaps the grid in and out.
document.addEventListener('change', function (event) {
  var box = event.target;
  if (box.classList && box.classList.contains('select-page')) {
    document.querySelectorAll('input[type=checkbox][name=identifier][form=bulk-selection]').forEach(function (row) {
      row.checked = box.checked;
    });
  }
});
