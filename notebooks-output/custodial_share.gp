# Share of custodial sentences among the convicted, by quarter of decision
# Renders custodial_share.png and custodial_share.svg from custodial_share.dat: run `gnuplot custodial_share.gp` in this folder.
reset
set encoding utf8
set datafile missing "NaN"
set title "Share of custodial sentences among the convicted, by quarter of decision"
set xlabel "quarter"
set ylabel "share (95% Wilson interval)"
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
set output "custodial_share.png"
plot 'custodial_share.dat' index 0 using (timecolumn(1, "%Y-%m-%d")):2:3:4 with yerrorlines pt 7 ps 0.7 lw 1.5 lc rgb "#1f77b4" title "mobilized", \
     'custodial_share.dat' index 1 using (timecolumn(1, "%Y-%m-%d")):2:3:4 with yerrorlines pt 7 ps 0.7 lw 1.5 lc rgb "#d62728" title "contract"
set terminal svg size 1000,560 font "DejaVu Sans,10" noenhanced
set output "custodial_share.svg"
replot
unset output
