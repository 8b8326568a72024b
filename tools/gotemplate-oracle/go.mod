module ferry.dev/tools/gotemplate-oracle

go 1.19
