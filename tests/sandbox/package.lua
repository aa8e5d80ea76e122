-- expect: scenarios/package.lua:2: error: 'package' is not available
package.loadlib("libc.so.6", "system")
