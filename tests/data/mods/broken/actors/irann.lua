return { decide = function(view) return {} end }
