# Published tallies of cases received, as cases per week over each period
# Renders published_figures.png and published_figures.svg from published_figures.dat: run `gnuplot published_figures.gp` in this folder.
reset
set encoding utf8
set datafile missing "NaN"
set title "Published tallies of cases received, as cases per week over each period"
set xlabel "period"
set ylabel "cases per week"
set key top left opaque box
set grid ytics lc rgb "#dddddd"
set border 3
set tics nomirror
set xdata time
set timefmt "%Y-%m-%d"
set format x "%Y-%m"
set xtics rotate by -30
set rmargin 6
set autoscale xfix
set offsets graph 0.01, graph 0.01, 0, 0
set yrange [0.0:*]
set terminal pngcairo size 1000,560 font "DejaVu Sans,10" noenhanced
set output "published_figures.png"
plot 'published_figures.dat' index 0 using (timecolumn(1, "%Y-%m-%d")):2:(timecolumn(3, "%Y-%m-%d")):(timecolumn(4, "%Y-%m-%d")) with xerrorbars pt 7 ps 0.7 lc rgb "#1f77b4" title "article 337"
set terminal svg size 1000,560 font "DejaVu Sans,10" noenhanced
set output "published_figures.svg"
replot
unset output
