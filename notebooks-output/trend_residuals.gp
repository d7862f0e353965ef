# Residuals of the weekly trend — SYNTHETIC data
# Renders trend_residuals.png and trend_residuals.svg from trend_residuals.dat: run `gnuplot trend_residuals.gp` in this folder.
reset
set encoding utf8
set datafile missing "NaN"
set title "Residuals of the weekly trend — SYNTHETIC data"
set xlabel "period start"
set ylabel "Pearson residual"
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
set arrow 1 from "2022-09-19", graph 0 to "2022-09-19", graph 1 nohead dashtype 2 lc rgb "#aa3333"
set label 1 "break" at "2022-09-19", graph 0.95 offset 0.5,0 tc rgb "#aa3333"
set arrow 2 from "2023-03-06", graph 0 to "2023-03-06", graph 1 nohead dashtype 2 lc rgb "#aa3333"
set label 2 "break" at "2023-03-06", graph 0.95 offset 0.5,0 tc rgb "#aa3333"
set arrow 3 from "2024-08-12", graph 0 to "2024-08-12", graph 1 nohead dashtype 2 lc rgb "#aa3333"
set label 3 "break" at "2024-08-12", graph 0.95 offset 0.5,0 tc rgb "#aa3333"
set terminal pngcairo size 1000,560 font "DejaVu Sans,10" noenhanced
set output "trend_residuals.png"
plot 'trend_residuals.dat' index 0 using (timecolumn(1, "%Y-%m-%d")):2 with points pt 7 ps 0.6 lc rgb "#1f77b4" title "Pearson residual (observed - fitted) / sd", \
     'trend_residuals.dat' index 0 using (timecolumn(1, "%Y-%m-%d")):4 with lines lw 2 lc rgb "#d62728" title "13-period moving average", \
     'trend_residuals.dat' index 0 using (timecolumn(1, "%Y-%m-%d")):3 with lines lw 2 lc rgb "#2ca02c" title "the fit"
set terminal svg size 1000,560 font "DejaVu Sans,10" noenhanced
set output "trend_residuals.svg"
replot
unset output
